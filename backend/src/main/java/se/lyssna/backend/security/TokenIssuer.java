package se.lyssna.backend.security;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signs the tokens the backend itself hands out: submission tokens (demo users' tokens: demo.DemoTokenResource). */
@ApplicationScoped
public class TokenIssuer {
    /** The only audience a submission token has; AudienceCheck keeps it out of every other endpoint. */
    public static final String SUBMISSION_AUDIENCE = "lyssna-submission";
    private final String apiAudience;
    private final Duration submissionTtl;

    TokenIssuer(@ConfigProperty(name = "lyssna.submission-token-ttl") Duration submissionTtl,
                @ConfigProperty(name = "lyssna.jwt.api-audience") String apiAudience) {
        this.submissionTtl = submissionTtl;
        this.apiAudience = apiAudience;
    }

    /**
     * A single-purpose token for one participation code. Its subject is the code row's random ID; it carries no
     * device, address or person, and nothing stores which response it was used for.
     */
    public String submissionToken(UUID codeId) {
        return Jwt.subject(codeId.toString()).groups(Set.of(Roles.SUBMITTER)).audience(SUBMISSION_AUDIENCE)
                .expiresIn(submissionTtl).jws().keyId("lyssna").sign();
    }

    public Duration submissionTtl() {
        return submissionTtl;
    }
}
