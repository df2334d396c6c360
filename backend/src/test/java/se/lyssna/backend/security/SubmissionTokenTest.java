package se.lyssna.backend.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Answers;
import se.lyssna.backend.support.TestApi;

/**
 * Submission tokens are HS256 under the replicas' shared key, and that key opens nothing but a submission: a token
 * it signs that claims more, or one signed with any other secret (the RSA public key's bytes included, the classic
 * algorithm confusion), is refused.
 */
@QuarkusTest
class SubmissionTokenTest {
    private String codeId;

    @BeforeEach
    void aRedeemedCode() throws Exception {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        codeId = claims(TestApi.submissionToken(TestApi.codes(round, unit, 1).get(0))).get("sub").asText();
    }

    @Test
    void submissionToken_isHs256() throws Exception {
        String unit = TestApi.newCareUnit("hvb");
        String token = TestApi.submissionToken(TestApi.codes(TestApi.openRound(unit), unit, 1).get(0));
        JsonNode header = new ObjectMapper().readTree(part(token, 0));
        assertThat(header.get("alg").asText()).isEqualTo("HS256");
    }

    @Test
    void submissionToken_carriesTheSubmissionClaimsAndNothingElse() throws Exception {
        // The backend signs these itself (TokenIssuer): the claims SmallRye's builder set, nothing that points at a
        // device or a person, and the configured lifetime.
        String unit = TestApi.newCareUnit("hvb");
        JsonNode claims = claims(TestApi.submissionToken(TestApi.codes(TestApi.openRound(unit), unit, 1).get(0)));
        assertThat(claims.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("iss", "sub", "aud", "groups", "iat", "exp", "jti");
        assertThat(claims.get("iss").asText()).isEqualTo(ConfigProvider.getConfig()
                .getValue("smallrye.jwt.new-token.issuer", String.class));
        assertThat(claims.get("aud").asText()).isEqualTo(TokenIssuer.SUBMISSION_AUDIENCE);
        assertThat(claims.get("groups")).hasSize(1);
        assertThat(claims.get("groups").get(0).asText()).isEqualTo(Roles.SUBMITTER);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(7200);
        assertThat(UUID.fromString(claims.get("sub").asText())).isNotNull();
    }

    @Test
    void sameClaimsUnderTheSubmissionKey_areAccepted() {
        // The control for the refusals below: these claims, so signed, do send answers.
        String token = submissionClaims(codeId).jws().algorithm(SignatureAlgorithm.HS256).sign(submissionKey());
        TestApi.submit(token, "k", Answers.valid(0)).then().statusCode(201);
    }

    @Test
    void submissionKey_claimingAnAdmin_is401() {
        String admin = Jwt.subject("mallory").groups(Set.of(Roles.SURVEY_ADMIN)).audience("lyssna-api")
                .expiresIn(600).jws().algorithm(SignatureAlgorithm.HS256).sign(submissionKey());
        given().auth().oauth2(admin).get("/api/v1/admin/rounds").then().statusCode(401);
        String both = Jwt.subject(codeId).groups(Set.of(Roles.SUBMITTER, Roles.FACILITATOR))
                .audience(Set.of(TokenIssuer.SUBMISSION_AUDIENCE, "lyssna-api")).expiresIn(600).jws()
                .algorithm(SignatureAlgorithm.HS256).sign(submissionKey());
        given().auth().oauth2(both).get("/api/v1/admin/rounds").then().statusCode(401);
        TestApi.submit(both, "k", Answers.valid(0)).then().statusCode(401);
    }

    @Test
    void hs256UnderAnotherSecret_is401() throws Exception {
        byte[] other = new byte[32];
        new java.security.SecureRandom().nextBytes(other);
        TestApi.submit(sign(new SecretKeySpec(other, "HmacSHA256")), "k", Answers.valid(0)).then().statusCode(401);
        // The verifier's RSA public key as an HMAC secret: what an attacker knows of the adults' key.
        byte[] publicKey = KeyUtils.decodePublicKey(ConfigProvider.getConfig()
                .getValue("lyssna.jwt.own-verification-key", String.class)).getEncoded();
        TestApi.submit(sign(new SecretKeySpec(publicKey, "HmacSHA256")), "k", Answers.valid(0)).then()
                .statusCode(401);
    }

    @Test
    void expiredOrForeignIssuer_is401() {
        String expired = Jwt.subject(codeId).groups(Set.of(Roles.SUBMITTER)).audience(TokenIssuer.SUBMISSION_AUDIENCE)
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).jws()
                .algorithm(SignatureAlgorithm.HS256).sign(submissionKey());
        TestApi.submit(expired, "k", Answers.valid(0)).then().statusCode(401);
        String foreign = submissionClaims(codeId).issuer("https://elsewhere.example").jws()
                .algorithm(SignatureAlgorithm.HS256).sign(submissionKey());
        TestApi.submit(foreign, "k", Answers.valid(0)).then().statusCode(401);
    }

    private String sign(SecretKey key) {
        return submissionClaims(codeId).jws().algorithm(SignatureAlgorithm.HS256).sign(key);
    }

    private static JwtClaimsBuilder submissionClaims(String subject) {
        return Jwt.subject(subject).groups(Set.of(Roles.SUBMITTER)).audience(TokenIssuer.SUBMISSION_AUDIENCE)
                .expiresIn(600);
    }

    private static SecretKey submissionKey() {
        return new SecretKeySpec(Base64.getDecoder().decode(ConfigProvider.getConfig()
                .getValue("lyssna.submission-token.key", String.class)), "HmacSHA256");
    }

    private static JsonNode claims(String token) throws Exception {
        return new ObjectMapper().readTree(part(token, 1));
    }

    private static String part(String token, int index) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
    }
}
