package se.lyssna.backend.security;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signs the tokens the backend itself hands out: submission tokens (demo users' tokens: demo.DemoTokenResource). */
@ApplicationScoped
public class TokenIssuer {
    /** The only audience a submission token has; AudienceCheck keeps it out of every other endpoint. */
    public static final String SUBMISSION_AUDIENCE = "lyssna-submission";
    private final Duration submissionTtl;
    private final SecretKey submissionKey;

    TokenIssuer(@ConfigProperty(name = "lyssna.submission-token-ttl") Duration submissionTtl,
                SubmissionTokenKey submissionKey) {
        this.submissionTtl = submissionTtl;
        this.submissionKey = submissionKey.key();
    }

    /**
     * A single-purpose token for one participation code. Its subject is the code row's random ID; it carries no
     * device, address or person, and nothing stores which response it was used for. HS256 with the replicas' shared
     * submission key (SubmissionTokenKey): the backend is the only party that signs or checks these tokens, so a
     * public-key signature bought nothing but its cost (an RSA-2048 signature was 28 % of a child's CPU,
     * bench/README.md).
     */
    public String submissionToken(UUID codeId) {
        return Jwt.subject(codeId.toString()).groups(Set.of(Roles.SUBMITTER)).audience(SUBMISSION_AUDIENCE)
                .expiresIn(submissionTtl).jws().algorithm(SignatureAlgorithm.HS256).sign(submissionKey);
    }

    public Duration submissionTtl() {
        return submissionTtl;
    }
}
