package se.lyssna.backend.participation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import se.lyssna.backend.http.StrictJsonReader;
import se.lyssna.backend.http.UnicodeText;
import se.lyssna.backend.problem.ApiProblem;
import se.lyssna.definitions.LoadResult;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireLoader;

/**
 * Fuzzes what a submission body goes through before anything is stored: the strict JSON reader and the answer
 * validator. Every input must end as a 4xx problem or as answers the database can store exactly; any other
 * exception would be a 500. The kept inputs (found-and-fixed cases) in {@code SubmissionFuzzTestInputs/} run in every
 * build; {@code JAZZER_FUZZ=1} fuzzes for the annotation's duration (README).
 */
class SubmissionFuzzTest {
    private static final StrictJsonReader READER = new StrictJsonReader(new ObjectMapper(), 262_144);
    private static final AnswerValidator VALIDATOR = new AnswerValidator();
    private static final Questionnaire QUESTIONNAIRE = load();

    @FuzzTest(maxDuration = "2m")
    void submissionBody(byte[] body) throws IOException {
        ParticipationViews.Submission submission;
        try {
            submission = (ParticipationViews.Submission) READER.readFrom((Class) ParticipationViews.Submission.class,
                    ParticipationViews.Submission.class, new Annotation[0], null, null, new ByteArrayInputStream(body));
            if (submission.answers() == null) {
                return; // Bean validation (@NotNull) answers 400 before the validator runs.
            }
            ValidatedAnswers answers = VALIDATOR.validate(QUESTIONNAIRE, submission);
            String stored = InboxPayload.of(answers).toJson();
            assertThat(UnicodeText.defect(stored)).as("accepted answers are storable exactly").isNull();
            assertThat(InboxPayload.fromJson(stored)).isEqualTo(InboxPayload.of(answers));
        } catch (ApiProblem problem) {
            assertThat(problem.status()).as("a refusal is the client's problem").isBetween(400, 499);
        }
    }

    private static Questionnaire load() {
        Path dir = Path.of("../survey-definitions/questionnaires");
        LoadResult result = QuestionnaireLoader.forDirectory(dir).load(dir.resolve("national-13-17_2026.1.yaml"));
        return ((LoadResult.Loaded) result).questionnaire();
    }
}
