package se.lyssna.backend.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import se.lyssna.backend.participation.ParticipationService;
import se.lyssna.backend.participation.ParticipationViews;
import se.lyssna.backend.participation.SubmissionService;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
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
    private final QuestionnaireRegistry questionnaires;
    private final JWTParser tokens;

    DemoSubmissions(ParticipationService participation, SubmissionService submissions,
                    QuestionnaireRegistry questionnaires, JWTParser tokens) {
        this.participation = participation;
        this.submissions = submissions;
        this.questionnaires = questionnaires;
        this.tokens = tokens;
    }

    /**
     * One synthetic child: redeems the code, is of a band drawn from {@code ageMix} (weights by band, e.g. "13-17")
     * and sends that band's questionnaire, as the app does after the age step.
     */
    public void send(UUID roundId, String code, double climate, Map<String, Double> ageMix, Random random) {
        ParticipationViews.Participation redeemed = participation.redeem(code, "demo-seeder");
        RoundViews.QuestionnaireRef ref = pick(redeemed.bands(), ageMix, random).questionnaire();
        Questionnaire questionnaire = questionnaires.require(ref.key(), ref.version());
        String token = redeemed.submissionToken();
        UUID codeId;
        try {
            codeId = UUID.fromString(tokens.parse(token).getSubject());
        } catch (ParseException e) {
            throw new IllegalStateException("the backend's own submission token does not verify", e);
        }
        submissions.submit(codeId, UUID.randomUUID().toString(), new ParticipationViews.Submission("sv", ref,
                new SyntheticAnswers(random).answer(questionnaire, climate + random.nextGaussian() * 0.15)));
    }

    private static RoundViews.Band pick(List<RoundViews.Band> bands, Map<String, Double> weights, Random random) {
        double total = bands.stream().mapToDouble(b -> weights.getOrDefault(b.band(), 0.0)).sum();
        double draw = random.nextDouble() * total;
        for (RoundViews.Band band : bands) {
            draw -= weights.getOrDefault(band.band(), 0.0);
            if (draw < 0) {
                return band;
            }
        }
        return bands.get(bands.size() - 1);
    }
}
