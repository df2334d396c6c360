package se.lyssna.backend.results;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.ResultFixtures;
import se.lyssna.backend.support.TestApi;

/** Who may read what: facilitators their units only, admins all, anonymous callers the public feedback only. */
@QuarkusTest
class ResultsAccessTest {
    private static UUID round;
    private static String unitA;
    private static String unitB;

    @BeforeEach
    void publishOnce() {
        if (round != null) {
            return;
        }
        unitA = TestApi.newCareUnit("hvb");
        unitB = TestApi.newCareUnit("hvb");
        round = TestApi.openRound(unitA, unitB);
        ResultFixtures.submitAll(round, unitA, ResultFixtures.children(6, "girl", "boy"));
        ResultFixtures.submitAll(round, unitB, ResultFixtures.children(6, "girl", "boy"));
        TestApi.closeRound(round);
    }

    private String path() {
        return "/api/v1/results/rounds/" + round;
    }

    @Test
    void facilitator_ownUnit_200_otherUnit_403() {
        String token = TestApi.facilitatorToken(unitA);
        given().auth().oauth2(token).queryParam("unit", unitA).get(path()).then().statusCode(200)
                .body("scope.code", equalTo(unitA)).body("respondents", notNullValue());
        given().auth().oauth2(token).queryParam("unit", unitB).get(path()).then().statusCode(403)
                .contentType("application/problem+json");
        // The municipality of the facilitator's own unit is readable (protected figures); another one is not.
        given().auth().oauth2(token).queryParam("unit", "0180").get(path()).then().statusCode(200)
                .body("scope.kind", equalTo("municipality"));
        given().auth().oauth2(token).queryParam("unit", "1480").get(path()).then().statusCode(403);
        given().auth().oauth2(token).queryParam("unit", unitB).get("/api/v1/results/trends").then().statusCode(403);
        given().auth().oauth2(token).queryParam("municipality", "1480").get(path() + "/report.pdf").then()
                .statusCode(403);
    }

    @Test
    void roundList_showsAFacilitatorOnlyRoundsAndUnitsOfTheirOwn() {
        String token = TestApi.facilitatorToken(unitA);
        given().auth().oauth2(token).get("/api/v1/results/rounds").then().statusCode(200)
                .body("find { it.roundId == '" + round + "' }.units.code", org.hamcrest.Matchers.contains(unitA))
                .body("find { it.roundId == '" + round + "' }.published", equalTo(true))
                .body("units.flatten().code", org.hamcrest.Matchers.everyItem(equalTo(unitA)));
        given().get("/api/v1/results/rounds").then().statusCode(401);
    }

    @Test
    void latestFeedback_isTheNewestPublishedRound_andNoneBeforePublication() {
        given().get("/api/v1/feedback/units/" + unitA + "/latest").then().statusCode(200)
                .body("roundId", equalTo(round.toString())).body("published", equalTo(true));
        String fresh = TestApi.newCareUnit("hvb");
        TestApi.openRound(fresh);
        given().get("/api/v1/feedback/units/" + fresh + "/latest").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void facilitator_mayNotExport() {
        String token = TestApi.facilitatorToken(unitA);
        given().auth().oauth2(token).get(path() + "/export.csv").then().statusCode(403);
        given().auth().oauth2(token).get(path() + "/export.xlsx").then().statusCode(403);
    }

    @Test
    void admin_readsEveryUnitMunicipalityAndNation() {
        String token = TestApi.adminToken();
        given().auth().oauth2(token).queryParam("unit", unitB).get(path()).then().statusCode(200);
        given().auth().oauth2(token).queryParam("unit", "0180").get(path()).then().statusCode(200)
                .body("scope.kind", equalTo("municipality")).body("respondents.value", equalTo(12));
        given().auth().oauth2(token).get(path()).then().statusCode(200).body("scope.kind", equalTo("nation"));
        given().auth().oauth2(token).get(path() + "/export.csv").then().statusCode(200);
    }

    @Test
    void anonymous_401OnResults_200OnFeedback() {
        given().get(path()).then().statusCode(401).contentType("application/problem+json");
        given().get(path() + "/export.csv").then().statusCode(401);
        given().get("/api/v1/results/trends").then().statusCode(401);
        given().get("/api/v1/feedback/rounds/" + round + "/units/" + unitA).then().statusCode(200)
                .body("published", equalTo(true)).body("respondents", notNullValue())
                .body("areas[0].area", equalTo("bemotande")).body("areas[0].nation", notNullValue())
                .body("actions.size()", equalTo(0));
    }

    @Test
    void unknownRoundUnitOrGroup_areProblems() {
        String token = TestApi.adminToken();
        given().auth().oauth2(token).get("/api/v1/results/rounds/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token).queryParam("unit", "no-such-unit").get(path()).then().statusCode(404);
        given().auth().oauth2(token).queryParam("groupBy", "shoe-size").get(path()).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void openRound_showsNoCountBelowTheSurveyBody_soPollingPinsNothing() {
        String unit = TestApi.newCareUnit("hvb");
        UUID open = TestApi.openRound(unit);
        String facilitator = TestApi.facilitatorToken(unit);
        for (int batch = 0; batch < 3; batch++) {
            ResultFixtures.submitAll(open, unit, ResultFixtures.children(3, "girl"));
            // Before the fix the 5th child flipped this from hidden to "about 10".
            given().auth().oauth2(facilitator).queryParam("unit", unit).get("/api/v1/results/rounds/" + open).then()
                    .statusCode(200).body("respondents.suppressed", equalTo(true))
                    .body("respondents.reason", equalTo("protected")).body("respondents.value", nullValue());
            given().get("/api/v1/feedback/rounds/" + open + "/units/" + unit).then().statusCode(200)
                    .body("respondents.suppressed", equalTo(true)).body("respondents.value", nullValue());
        }
    }

    @Test
    void openRound_showsOnlyRoundedCounts() {
        String unit = TestApi.newCareUnit("hvb");
        UUID open = TestApi.openRound(unit);
        String token = TestApi.adminToken();
        ResultFixtures.submitAll(open, unit, ResultFixtures.children(3, "girl"));
        given().auth().oauth2(token).queryParam("unit", unit).get("/api/v1/results/rounds/" + open).then()
                .statusCode(200).body("published", equalTo(false)).body("respondents.suppressed", equalTo(true))
                .body("groups.size()", equalTo(0));
        ResultFixtures.submitAll(open, unit, ResultFixtures.children(4, "boy"));
        given().auth().oauth2(token).queryParam("unit", unit).get("/api/v1/results/rounds/" + open).then()
                .statusCode(200).body("respondents.value", equalTo(10)).body("respondents.rounded", equalTo(true));
        given().get("/api/v1/feedback/rounds/" + open + "/units/" + unit).then().statusCode(200)
                .body("published", equalTo(false)).body("areas.size()", equalTo(0));
    }
}
