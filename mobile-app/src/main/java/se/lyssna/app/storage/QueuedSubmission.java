package se.lyssna.app.storage;

import java.util.List;
import java.util.Map;

/**
 * Finished answers waiting for the backend to confirm. The idempotency key is chosen once, when the child presses
 * send, and reused on every retry so that the backend stores the answers exactly once.
 */
public record QueuedSubmission(String code, String submissionToken, String idempotencyKey, String locale,
                               Map<String, List<String>> answers, String roundId, String unitCode,
                               String unitName, int attempts) {

    public QueuedSubmission withToken(String token) {
        return new QueuedSubmission(code, token, idempotencyKey, locale, answers, roundId, unitCode, unitName,
                attempts);
    }

    public QueuedSubmission withAttempt() {
        return new QueuedSubmission(code, submissionToken, idempotencyKey, locale, answers, roundId, unitCode,
                unitName, attempts + 1);
    }
}
