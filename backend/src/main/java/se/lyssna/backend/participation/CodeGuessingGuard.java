package se.lyssna.backend.participation;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.lyssna.backend.problem.RetryLaterProblem;

/**
 * Throttles wrong-code guessing without storing addresses: the client address is reduced, in memory only, to a
 * keyed hash whose key is random per process, and each entry is forgotten after the window. Nothing is written to
 * the database or the log.
 */
@ApplicationScoped
public class CodeGuessingGuard {
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    CodeGuessingGuard(@ConfigProperty(name = "lyssna.code-guessing.max-failures") int maxFailures,
                      @ConfigProperty(name = "lyssna.code-guessing.window") Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Throws 429 when this client has guessed wrong too often within the window. */
    public void checkAllowed(String clientAddress) {
        Deque<Instant> recent = failures.get(bucket(clientAddress));
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            prune(recent);
            if (recent.size() >= maxFailures) {
                long wait = Math.max(1, Duration.between(clock.instant(), recent.peekFirst().plus(window)).toSeconds());
                throw new RetryLaterProblem("Too many wrong codes. Wait a while, then check the code on your letter"
                        + " and try again.", wait);
            }
        }
    }

    public void recordFailure(String clientAddress) {
        Deque<Instant> recent = failures.computeIfAbsent(bucket(clientAddress), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
        failures.entrySet().removeIf(e -> e.getValue().isEmpty());
    }

    /** Forgets all failures; for tests that need a clean slate. */
    public void reset() {
        failures.clear();
    }

    private void prune(Deque<Instant> recent) {
        Instant oldest = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
            recent.removeFirst();
        }
    }

    private String bucket(String clientAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
