package se.lyssna.backend.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Random;
import java.util.UUID;
import se.lyssna.backend.participation.ParticipationService;
import se.lyssna.backend.participation.ParticipationViews;
import se.lyssna.backend.participation.SubmissionService;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews;
import se.lyssna.definitions.Questionnaire;

/**
 * Sends synthetic answers for a plain code through the real submission path, as the app does: the code is
 * redeemed for a submission token and the answers are sent for the code that token names. No back door into
 * participation's tables.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test", "demo"})
public class DemoSubmissions {
    private final ParticipationService participation;
    private final SubmissionService submissions;
    private final RoundService rounds;
    private final QuestionnaireRegistry questionnaires;
    private final JWTParser tokens;

    DemoSubmissions(ParticipationService participation, SubmissionService submissions, RoundService rounds,
                    QuestionnaireRegistry questionnaires, JWTParser tokens) {
        this.participation = participation;
        this.submissions = submissions;
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.tokens = tokens;
    }

    public void send(UUID roundId, String code, double climate, Random random) {
        RoundViews.QuestionnaireRef ref = rounds.view(roundId).questionnaire();
        Questionnaire questionnaire = questionnaires.require(ref.key(), ref.version());
        String token = participation.redeem(code, "demo-seeder").submissionToken();
        UUID codeId;
        try {
            codeId = UUID.fromString(tokens.parse(token).getSubject());
        } catch (ParseException e) {
            throw new IllegalStateException("the backend's own submission token does not verify", e);
        }
        submissions.submit(codeId, UUID.randomUUID().toString(), new ParticipationViews.Submission("sv",
                new SyntheticAnswers(random).answer(questionnaire, climate + random.nextGaussian() * 0.15)));
    }
}
