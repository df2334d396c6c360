package se.lyssna.backend.actions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.TestApi;

@QuarkusTest
class ActionValidationTest {
    private String unit;
    private String token;

    @BeforeEach
    void unit() {
        unit = TestApi.newCareUnit("hvb");
        token = TestApi.facilitatorToken(unit);
    }

    @Test
    void post_whenAreaUnknown_is422NamingArea() {
        ActionFixtures.post(token, unit, ActionFixtures.action("area", "mat")).then().statusCode(422)
                .contentType("application/problem+json").body("type", is("https://lyssna.se/problems/invalid-action"))
                .body("violations.field", hasItem("area"))
                .body("violations.find { it.field == 'area' }.message", containsString("trygghet"));
    }

    @Test
    void post_whenRequiredFieldsMissing_namesEachField() {
        ActionFixtures.post(token, unit, Map.of("area", "fritid")).then().statusCode(422)
                .body("violations.field", hasItems("youSaid", "weDecided", "responsible"));
    }

    @Test
    void post_whenStatusUnknown_is422NamingStatus() {
        ActionFixtures.post(token, unit, ActionFixtures.action("status", "finished")).then().statusCode(422)
                .body("violations.field", hasItem("status"))
                .body("violations[0].message", containsString("planned, in-progress, done"));
    }

    @Test
    void post_whenDoneWithoutWeDid_is422() {
        ActionFixtures.post(token, unit, ActionFixtures.action("status", "done")).then().statusCode(422)
                .body("violations.field", hasItem("weDid"));
    }

    @Test
    void post_whenTextsTooLong_namesEachField() {
        Map<String, Object> body = ActionFixtures.action("youSaid", "a".repeat(ActionValidator.MAX_YOU_SAID + 1));
        body.put("weDecided", "b".repeat(ActionValidator.MAX_DECIDED + 1));
        body.put("responsible", "c".repeat(ActionValidator.MAX_RESPONSIBLE + 1));
        ActionFixtures.post(token, unit, body).then().statusCode(422)
                .body("violations.field", hasItems("youSaid", "weDecided", "responsible"))
                .body("violations.find { it.field == 'youSaid' }.message", containsString("Högst 300 tecken"));
    }

    @Test
    void post_whenItemExistsInRoundAndArea_isStored() {
        UUID round = TestApi.openRound(unit);
        Map<String, Object> body = ActionFixtures.action("round", round.toString());
        body.put("item", "try-safe-home");
        ActionFixtures.post(token, unit, body).then().statusCode(201).body("item", is("try-safe-home"))
                .body("round", is(round.toString()));
    }

    @Test
    void post_whenItemUnknown_is422NamingItem() {
        UUID round = TestApi.openRound(unit);
        Map<String, Object> body = ActionFixtures.action("round", round.toString());
        body.put("item", "try-no-such-item");
        ActionFixtures.post(token, unit, body).then().statusCode(422).body("violations[0].field", is("item"))
                .body("violations[0].message", containsString("national-13-17 2026.1"));
    }

    @Test
    void post_whenItemOfAnotherArea_is422() {
        UUID round = TestApi.openRound(unit);
        Map<String, Object> body = ActionFixtures.action("round", round.toString());
        body.put("item", "fri-activity");
        ActionFixtures.post(token, unit, body).then().statusCode(422)
                .body("violations[0].message", containsString("hör till området 'fritid'"));
    }

    @Test
    void post_whenItemWithoutRound_is422() {
        ActionFixtures.post(token, unit, ActionFixtures.action("item", "try-safe-home")).then().statusCode(422)
                .body("violations[0].field", is("item"));
    }

    @Test
    void post_whenRoundUnknownOrWithoutUnit_is422NamingRound() {
        ActionFixtures.post(token, unit, ActionFixtures.action("round", UUID.randomUUID().toString())).then()
                .statusCode(422).body("violations[0].field", is("round"));
        ActionFixtures.post(token, unit, ActionFixtures.action("round", "not-an-id")).then().statusCode(422)
                .body("violations[0].field", is("round"));
        UUID otherRound = TestApi.openRound(TestApi.newCareUnit("hvb"));
        ActionFixtures.post(token, unit, ActionFixtures.action("round", otherRound.toString())).then()
                .statusCode(422).body("violations[0].message", containsString("är inte med i omgången"));
    }

    @Test
    void post_whenBodyMalformed_is400() {
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"area\": ")
                .post("/api/v1/units/" + unit + "/actions").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void patch_changesStatusAndKeepsTheRest_andPutReplaces() {
        String id = ActionFixtures.create(token, unit, ActionFixtures.action());
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("status", "done", "weDid", "Vi går en extra runda varje kväll sedan mars."))
                .patch("/api/v1/units/" + unit + "/actions/" + id).then().statusCode(200)
                .body("status", is("done")).body("area", is("trygghet")).body("responsible", is("Föreståndaren"))
                .body("updatedOn", is(TestApi.today().toString()));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "paused"))
                .patch("/api/v1/units/" + unit + "/actions/" + id).then().statusCode(422);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(ActionFixtures.action("area", "fritid"))
                .put("/api/v1/units/" + unit + "/actions/" + id).then().statusCode(200).body("area", is("fritid"))
                .body("status", is("planned"));
        given().auth().oauth2(token).delete("/api/v1/units/" + unit + "/actions/" + id).then().statusCode(204);
        given().auth().oauth2(token).get("/api/v1/units/" + unit + "/actions/" + id).then().statusCode(404);
    }
}
