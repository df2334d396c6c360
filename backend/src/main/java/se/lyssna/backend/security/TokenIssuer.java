package se.lyssna.backend.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signs the tokens the backend itself hands out: submission tokens (demo users' tokens: demo.DemoTokenResource). */
@ApplicationScoped
public class TokenIssuer {
    /** The only audience a submission token has; AudienceCheck keeps it out of every other endpoint. */
    public static final String SUBMISSION_AUDIENCE = "lyssna-submission";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = BASE64URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"
            .getBytes(StandardCharsets.US_ASCII));
    private final Duration submissionTtl;
    private final SecretKey submissionKey;
    private final String issuer;
    private final Clock clock;

    TokenIssuer(@ConfigProperty(name = "lyssna.submission-token-ttl") Duration submissionTtl,
                SubmissionTokenKey submissionKey,
                @ConfigProperty(name = "smallrye.jwt.new-token.issuer") String issuer, Clock clock) {
        this.submissionTtl = submissionTtl;
        this.submissionKey = submissionKey.key();
        this.issuer = issuer;
        this.clock = clock;
    }

    /**
     * A single-purpose token for one participation code. Its subject is the code row's random ID; it carries no
     * device, address or person, and nothing stores which response it was used for. HS256 with the replicas' shared
     * submission key (SubmissionTokenKey): the backend is the only party that signs or checks these tokens, so a
     * public-key signature bought nothing but its cost (an RSA-2048 signature was 28 % of a child's CPU,
     * bench/README.md). Signed here with the JDK's HMAC rather than SmallRye's builder: the claims the builder set
     * (issuer, subject, audience, groups, iat, exp, jti), the same compact JWS, but the builder's jose4j JSON and
     * base64 buffers were ~12 % of all the bytes a child's two requests allocate (bench/README.md). Verifying stays
     * SmallRye's (OwnKeyPrincipalFactory).
     */
    public String submissionToken(UUID codeId) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", codeId.toString());
        claims.put("aud", SUBMISSION_AUDIENCE);
        claims.put("groups", List.of(Roles.SUBMITTER));
        claims.put("iat", now);
        claims.put("exp", now + submissionTtl.toSeconds());
        claims.put("jti", UUID.randomUUID().toString());
        try {
            String signingInput = HEADER + "." + BASE64URL.encodeToString(JSON.writeValueAsBytes(claims));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(submissionKey);
            return signingInput + "." + BASE64URL.encodeToString(mac.doFinal(signingInput.getBytes(
                    StandardCharsets.US_ASCII)));
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a submission token", e);
        }
    }

    public Duration submissionTtl() {
        return submissionTtl;
    }
}
