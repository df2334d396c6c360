package se.lyssna.backend.participation;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.TestApi;

@QuarkusTest
class AccessRulesTest {

    @Test
    void facilitatorToken_isForbiddenOnAdminEndpoints() {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        String facilitator = TestApi.facilitatorToken(unit);
        given().auth().oauth2(facilitator).contentType("application/json")
                .body(Map.of("unit", unit, "count", 1)).post("/api/v1/admin/rounds/" + round + "/codes")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(facilitator).get("/api/v1/admin/rounds/" + round + "/monitoring").then()
                .statusCode(403);
        given().auth().oauth2(facilitator).post("/api/v1/admin/rounds/" + round + "/close").then().statusCode(403);
        given().auth().oauth2(facilitator).get("/api/v1/admin/units").then().statusCode(403);
    }

    @Test
    void submissionToken_isForbiddenOnAdminEndpoints() {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        String submission = TestApi.submissionToken(TestApi.codes(round, unit, 1).get(0));
        given().auth().oauth2(submission).get("/api/v1/admin/rounds").then().statusCode(403);
    }

    @Test
    void noToken_isUnauthorizedOnAdminEndpoints() {
        given().get("/api/v1/admin/rounds").then().statusCode(401);
    }

    @Test
    void forgedToken_isUnauthorized() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJncm91cHMiOlsic3VydmV5LWFkbWluIl19.c2lnbmF0dXJl")
                .get("/api/v1/admin/rounds").then().statusCode(401);
    }

    @Test
    void adminToken_cannotSubmitAnswers() {
        given().auth().oauth2(TestApi.adminToken()).contentType("application/json")
                .body(Map.of("answers", Map.of())).post("/api/v1/responses").then().statusCode(403);
    }
}
