package se.lyssna.backend.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HMAC key of submission tokens ({@code lyssna.submission-token.key}, env {@code LYSSNA_SUBMISSION_TOKEN_KEY}):
 * at least 32 random bytes, base64, the same on every replica, from the secret store like the code pepper; the demo
 * and the tests generate one (DemoSecretsConfigSource). No default on purpose. Rotating it makes the submission
 * tokens out (at most 2 h old) fail with 401; their codes are still unused, so the app redeems them again.
 */
@ApplicationScoped
public class SubmissionTokenKey {
    /** HS256 needs a key of at least the hash's 256 bits (RFC 7518, 3.2). */
    static final int MIN_BYTES = 32;
    private final SecretKey key;

    SubmissionTokenKey(@ConfigProperty(name = "lyssna.submission-token.key") String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("lyssna.submission-token.key is not base64", e);
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException("lyssna.submission-token.key has " + bytes.length + " bytes; at least "
                    + MIN_BYTES + " random bytes are needed");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public SecretKey key() {
        return key;
    }
}
