package se.lyssna.app.sending;

import java.time.Duration;

/** Exponential backoff: initial, 2×, 4× … capped at max. */
public record Backoff(Duration initial, Duration max) {

    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(2));
    }

    /** The wait before retry number {@code attempt} (0 = the first retry). */
    public Duration delay(int attempt) {
        long factor = 1L << Math.min(Math.max(attempt, 0), 20);
        long millis = initial.toMillis() * factor;
        return millis > max.toMillis() || millis < 0 ? max : Duration.ofMillis(millis);
    }
}
