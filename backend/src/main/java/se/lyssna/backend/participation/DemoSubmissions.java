package se.lyssna.backend.participation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Random;
import java.util.UUID;
import se.lyssna.backend.demo.SyntheticAnswers;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.rounds.RoundService;

/** Sends synthetic answers for a plain code through the real submission path (demo data only). */
@ApplicationScoped
public class DemoSubmissions {
    private final ParticipationCodeRepository codes;
    private final CodeHasher hasher;
    private final SubmissionService submissions;
    private final RoundService rounds;
    private final QuestionnaireRegistry questionnaires;

    DemoSubmissions(ParticipationCodeRepository codes, CodeHasher hasher, SubmissionService submissions,
                    RoundService rounds, QuestionnaireRegistry questionnaires) {
        this.codes = codes;
        this.hasher = hasher;
        this.submissions = submissions;
        this.rounds = rounds;
        this.questionnaires = questionnaires;
    }

    public void send(UUID roundId, String code, double climate, Random random) {
        var questionnaire = questionnaires.byId(rounds.require(roundId).questionnaireVersionId());
        UUID codeId = codes.findByHash(hasher.hash(CodeFormat.normalise(code))).orElseThrow().id();
        submissions.submit(codeId, UUID.randomUUID().toString(), new ParticipationViews.Submission("sv",
                new SyntheticAnswers(random).answer(questionnaire, climate + random.nextGaussian() * 0.15)));
    }
}
