package se.lyssna.app.storage;

import java.util.List;
import java.util.Map;
import se.lyssna.app.api.ParticipationDto;

/**
 * Finished answers waiting for the backend to confirm. The idempotency key is chosen once, when the child presses
 * send, and reused on every retry so that the backend stores the answers exactly once. {@code questionnaire}: the
 * version answered (the child's age band's), which the backend needs in a round of several bands.
 */
public record QueuedSubmission(String code, String submissionToken, String idempotencyKey, String locale,
                               Map<String, List<String>> answers, String roundId, String unitCode,
                               String unitName, int attempts, ParticipationDto.QuestionnaireRef questionnaire) {

    public QueuedSubmission withToken(String token) {
        return new QueuedSubmission(code, token, idempotencyKey, locale, answers, roundId, unitCode, unitName,
                attempts, questionnaire);
    }

    public QueuedSubmission withAttempt() {
        return new QueuedSubmission(code, submissionToken, idempotencyKey, locale, answers, roundId, unitCode,
                unitName, attempts + 1, questionnaire);
    }
}
