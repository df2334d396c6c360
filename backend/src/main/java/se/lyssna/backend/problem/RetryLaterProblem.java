package se.lyssna.backend.problem;

/** 429: too many attempts; the client may try again after the given time. */
public class RetryLaterProblem extends ApiProblem {
    private final long retryAfterSeconds;

    public RetryLaterProblem(String detail, long retryAfterSeconds) {
        super(429, "too-many-attempts", "Too many attempts", detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
