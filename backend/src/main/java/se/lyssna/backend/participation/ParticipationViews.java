package se.lyssna.backend.participation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.lyssna.backend.http.ChildWords;
import se.lyssna.backend.rounds.RoundViews.Band;
import se.lyssna.backend.rounds.RoundViews.QuestionnaireRef;

/** Request and response shapes of anonymous participation. */
public final class ParticipationViews {
    private ParticipationViews() {
    }

    public record Redeem(@NotBlank @Size(max = 64) String code) {
    }

    /**
     * What a code opens. {@code bands}: which ages get which questionnaire version, for the app to route the child
     * by the age they tell; {@code bandIfAgeNotSaid}: the band of a child who would rather not say. {@code
     * questionnaire} is kept for apps from before bands (the only band's version, or the 13–17 one).
     */
    public record Participation(String submissionToken, long expiresInSeconds, UUID roundId, String unitCode,
                                String unitName, QuestionnaireRef questionnaire, List<Band> bands,
                                String bandIfAgeNotSaid) {
    }

    /**
     * Answers by item ID; each item's values (one for most kinds, several for multiple choice). {@code
     * questionnaire}: the version answered, one of the round's bands; it may be left out only in a round of one band.
     */
    public record Submission(@Size(max = 16) String locale, @Valid QuestionnaireRef questionnaire,
                             @NotNull Map<String, List<String>> answers) implements ChildWords {

        /** Answers to a round's only questionnaire version. */
        public Submission(String locale, Map<String, List<String>> answers) {
            this(locale, null, answers);
        }
    }

    public record Receipt(String status) {
        public static final Receipt RECEIVED = new Receipt("received");
    }
}
