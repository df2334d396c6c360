package se.lyssna.app.api;

/** What happened when answers were posted. */
public sealed interface SendResult {

    /** 201: stored (or already stored under the same Idempotency-Key). */
    record Accepted() implements SendResult {
    }

    /** 401: the submission token expired; redeem the code again and retry with the same key. */
    record TokenRejected() implements SendResult {
    }

    /** Worth trying again later: no network, 5xx, 429. */
    record TryLater(String detail) implements SendResult {
    }

    /** Will never succeed: 409, 410, 413, 422. */
    record Refused(int status, String detail) implements SendResult {
    }
}
