package se.lyssna.backend.actions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.TestApi;

@QuarkusTest
class ActionPublishingTest {

    private static Map<String, Object> action(String area, String status, String weDid) {
        Map<String, Object> body = ActionFixtures.action("area", area);
        body.put("status", status);
        if (weDid != null) {
            body.put("weDid", weDid);
        }
        return body;
    }

    @Test
    void publicList_showsOnlyInProgressAndDone_withoutDecisionsOrResponsibles() {
        String unit = TestApi.newCareUnit("hvb");
        String token = TestApi.facilitatorToken(unit);
        ActionFixtures.create(token, unit, action("trygghet", "planned", null));
        ActionFixtures.create(token, unit, action("fritid", "in-progress", null));
        ActionFixtures.create(token, unit, action("utbildning", "done", "Läxhjälp varje tisdag sedan mars."));

        given().get("/api/v1/units/" + unit + "/actions/public").then().statusCode(200)
                .body("", hasSize(2)).body("area", containsInAnyOrder("fritid", "utbildning"))
                .body("find { it.area == 'utbildning' }.weDid", is("Läxhjälp varje tisdag sedan mars."))
                .body("find { it.area == 'fritid' }.weDid", containsString("extra runda"))
                .body("find { it.area == 'fritid' }.status", is("in-progress"))
                .body(not(containsString("Föreståndaren"))).body(not(containsString("responsible")));
    }

    @Test
    void publicList_perRound_showsThatRoundsActions() {
        String unit = TestApi.newCareUnit("hvb");
        String token = TestApi.facilitatorToken(unit);
        UUID round = TestApi.openRound(unit);
        Map<String, Object> ofRound = action("trygghet", "done", "Nya lås på alla rum.");
        ofRound.put("round", round.toString());
        ActionFixtures.create(token, unit, ofRound);
        ActionFixtures.create(token, unit, action("fritid", "done", "Gymkort till alla som vill."));

        given().queryParam("round", round.toString()).get("/api/v1/units/" + unit + "/actions/public").then()
                .statusCode(200).body("", hasSize(1)).body("[0].area", is("trygghet"));
        given().auth().oauth2(token).queryParam("round", round.toString())
                .get("/api/v1/units/" + unit + "/actions").then().statusCode(200).body("", hasSize(1));
        given().auth().oauth2(token).get("/api/v1/units/" + unit + "/actions").then().body("", hasSize(2));
        given().queryParam("round", "nope").get("/api/v1/units/" + unit + "/actions/public").then()
                .statusCode(400);
    }

    @Test
    void overview_countsUnitsPerAreaAndStatus_neverTexts() {
        String a = TestApi.newCareUnit("hvb");
        String b = TestApi.newCareUnit("hvb");
        String c = TestApi.newCareUnit("sis");
        UUID round = TestApi.openRound(a, b, c);
        create(a, round, "trygghet", "planned");
        create(a, round, "trygghet", "done");
        create(a, round, "fritid", "in-progress");
        create(b, round, "trygghet", "done");

        given().auth().oauth2(TestApi.adminToken()).queryParam("round", round.toString())
                .get("/api/v1/admin/actions/overview").then().statusCode(200)
                .body("round", is(round.toString())).body("unitsInRound", is(3)).body("unitsWithActions", is(2))
                .body("areas", hasSize(8))
                .body("areas.find { it.area == 'trygghet' }.units", is(2))
                .body("areas.find { it.area == 'trygghet' }.planned", is(1))
                .body("areas.find { it.area == 'trygghet' }.done", is(2))
                .body("areas.find { it.area == 'fritid' }.inProgress", is(1))
                .body("areas.find { it.area == 'utbildning' }.units", is(0))
                .body(not(containsString("extra runda"))).body(not(containsString(a)));
        given().auth().oauth2(TestApi.adminToken()).queryParam("round", UUID.randomUUID().toString())
                .get("/api/v1/admin/actions/overview").then().statusCode(404);
    }

    private static void create(String unit, UUID round, String area, String status) {
        Map<String, Object> body = action(area, status, "done".equals(status) ? "Klart sedan april." : null);
        body.put("round", round.toString());
        ActionFixtures.create(TestApi.facilitatorToken(unit), unit, body);
    }
}
