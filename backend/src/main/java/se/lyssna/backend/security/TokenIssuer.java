package se.lyssna.backend.security;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtSignature;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Key;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signs the tokens the backend itself hands out: submission tokens (demo users' tokens: demo.DemoTokenResource). */
@ApplicationScoped
public class TokenIssuer {
    /** The only audience a submission token has; AudienceCheck keeps it out of every other endpoint. */
    public static final String SUBMISSION_AUDIENCE = "lyssna-submission";
    private static final String KEY_ID = "lyssna";
    private final String apiAudience;
    private final Duration submissionTtl;
    private final Optional<String> keyContent;
    private final Optional<String> keyLocation;
    private volatile Optional<PrivateKey> signingKey;

    TokenIssuer(@ConfigProperty(name = "lyssna.submission-token-ttl") Duration submissionTtl,
                @ConfigProperty(name = "lyssna.jwt.api-audience") String apiAudience,
                @ConfigProperty(name = "smallrye.jwt.sign.key") Optional<String> keyContent,
                @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> keyLocation) {
        this.submissionTtl = submissionTtl;
        this.apiAudience = apiAudience;
        this.keyContent = keyContent;
        this.keyLocation = keyLocation;
    }

    /**
     * A single-purpose token for one participation code. Its subject is the code row's random ID; it carries no
     * device, address or person, and nothing stores which response it was used for.
     */
    public String submissionToken(UUID codeId) {
        JwtSignature jws = Jwt.subject(codeId.toString()).groups(Set.of(Roles.SUBMITTER)).audience(SUBMISSION_AUDIENCE)
                .expiresIn(submissionTtl).jws().keyId(KEY_ID);
        Optional<PrivateKey> key = signingKey();
        return key.isPresent() ? jws.sign(key.get()) : jws.sign();
    }

    public Duration submissionTtl() {
        return submissionTtl;
    }

    /**
     * The configured signing key, decoded once: {@code sign()} without a key reads and decodes the PEM or key file
     * on every call, an eighth of each signature's cost under load (bench/README.md). A key that is not a plain
     * private key (e.g. a JWK set with several keys) is left to SmallRye's own lookup on each call. A rotated key
     * file is picked up at the next start.
     */
    private Optional<PrivateKey> signingKey() {
        Optional<PrivateKey> key = signingKey;
        if (key == null) {
            key = keyContent.map(pem -> KeyUtils.tryAsPemSigningPrivateKey(pem, SignatureAlgorithm.RS256))
                    .or(() -> keyLocation.map(TokenIssuer::readKey));
            signingKey = key;
        }
        return key;
    }

    private static PrivateKey readKey(String location) {
        try {
            Key key = KeyUtils.readSigningKey(location, KEY_ID, SignatureAlgorithm.RS256);
            return key instanceof PrivateKey privateKey ? privateKey : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing key at " + location, e);
        }
    }
}
