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
    private final Duration submissionTtl;

    TokenIssuer(@ConfigProperty(name = "lyssna.submission-token-ttl") Duration submissionTtl) {
        this.submissionTtl = submissionTtl;
    }

    /**
     * A single-purpose token for one participation code. Its subject is the code row's random ID; it carries no
     * device, address or person, and nothing stores which response it was used for.
     */
    public String submissionToken(UUID codeId) {
        return Jwt.subject(codeId.toString()).groups(Set.of(Roles.SUBMITTER)).audience("lyssna-submission")
                .expiresIn(submissionTtl).jws().keyId("lyssna").sign();
    }

    public Duration submissionTtl() {
        return submissionTtl;
    }
}
