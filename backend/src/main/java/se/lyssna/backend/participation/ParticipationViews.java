package se.lyssna.backend.participation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.lyssna.backend.http.ChildWords;
import se.lyssna.backend.rounds.RoundViews.QuestionnaireRef;

/** Request and response shapes of anonymous participation. */
public final class ParticipationViews {
    private ParticipationViews() {
    }

    public record Redeem(@NotBlank @Size(max = 64) String code) {
    }

    public record Participation(String submissionToken, long expiresInSeconds, UUID roundId, String unitCode,
                                String unitName, QuestionnaireRef questionnaire) {
    }

    /** Answers by item ID; each item's values (one for most kinds, several for multiple choice). */
    public record Submission(@Size(max = 16) String locale, @NotNull Map<String, List<String>> answers)
            implements ChildWords {
    }

    public record Receipt(String status) {
        public static final Receipt RECEIVED = new Receipt("received");
    }
}
