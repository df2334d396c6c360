package se.lyssna.backend.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.TestApi;

/** The submission token's lifetime is the documented one, and a 401 always says how to authenticate. */
@QuarkusTest
class TokenRulesTest {

    @Test
    void submissionToken_livesTheDocumented7200Seconds() throws Exception {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        Response redeemed = TestApi.redeem(TestApi.codes(round, unit, 1).get(0));
        redeemed.then().statusCode(201).body("expiresInSeconds", equalTo(7200));
        String token = redeemed.path("submissionToken");
        JsonNode claims = new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8));
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(7200);
    }

    @Test
    void unauthorized_carriesABearerChallenge() {
        given().get("/api/v1/admin/rounds").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
        given().auth().oauth2("not.a.jwt").get("/api/v1/admin/rounds").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }
}
