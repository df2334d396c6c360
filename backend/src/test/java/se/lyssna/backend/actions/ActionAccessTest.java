package se.lyssna.backend.actions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.TestApi;

@QuarkusTest
class ActionAccessTest {

    @Test
    void facilitator_readsAndWritesOwnUnit_butIsForbiddenOnAnother() {
        String a = TestApi.newCareUnit("hvb");
        String b = TestApi.newCareUnit("hvb");
        String facilitatorA = TestApi.facilitatorToken(a);
        ActionFixtures.create(TestApi.facilitatorToken(b), b, ActionFixtures.action());

        ActionFixtures.post(facilitatorA, a, ActionFixtures.action()).then().statusCode(201)
                .header("Location", containsString("/api/v1/units/" + a + "/actions/"))
                .body("unit", is(a)).body("status", is("planned")).body("area", is("trygghet"));
        given().auth().oauth2(facilitatorA).get("/api/v1/units/" + a + "/actions").then().statusCode(200)
                .body("", hasSize(1));
        given().auth().oauth2(facilitatorA).get("/api/v1/units/" + b + "/actions").then().statusCode(403)
                .contentType("application/problem+json");
        ActionFixtures.post(facilitatorA, b, ActionFixtures.action()).then().statusCode(403);
    }

    @Test
    void facilitator_cannotChangeAnotherUnitsActionThroughOwnUnitPath() {
        String a = TestApi.newCareUnit("hvb");
        String b = TestApi.newCareUnit("hvb");
        String idOfB = ActionFixtures.create(TestApi.facilitatorToken(b), b, ActionFixtures.action());
        given().auth().oauth2(TestApi.facilitatorToken(a)).contentType(ContentType.JSON)
                .body(Map.of("status", "done", "weDid", "Klart")).patch("/api/v1/units/" + a + "/actions/" + idOfB)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestApi.facilitatorToken(a)).delete("/api/v1/units/" + a + "/actions/" + idOfB)
                .then().statusCode(404);
    }

    @Test
    void admin_readsEveryUnit_butDoesNotWrite() {
        String unit = TestApi.newCareUnit("familjehem");
        String id = ActionFixtures.create(TestApi.facilitatorToken(unit), unit, ActionFixtures.action());
        String admin = TestApi.adminToken();
        given().auth().oauth2(admin).get("/api/v1/units/" + unit + "/actions").then().statusCode(200)
                .body("[0].id", is(id));
        given().auth().oauth2(admin).get("/api/v1/units/" + unit + "/actions/" + id).then().statusCode(200);
        ActionFixtures.post(admin, unit, ActionFixtures.action()).then().statusCode(403)
                .body("detail", containsString("only its facilitators"));
        given().auth().oauth2(admin).delete("/api/v1/units/" + unit + "/actions/" + id).then().statusCode(403);
    }

    @Test
    void anonymous_isUnauthorized_exceptOnThePublicList() {
        String unit = TestApi.newCareUnit("hvb");
        given().get("/api/v1/units/" + unit + "/actions").then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(ActionFixtures.action())
                .post("/api/v1/units/" + unit + "/actions").then().statusCode(401);
        given().get("/api/v1/units/" + unit + "/actions/public").then().statusCode(200).body("", hasSize(0));
        given().get("/api/v1/units/" + unit + "/meeting.pdf").then().statusCode(401);
        given().get("/api/v1/admin/actions/overview").then().statusCode(401);
    }

    @Test
    void facilitator_isForbiddenOnTheNationalOverview() {
        String unit = TestApi.newCareUnit("hvb");
        given().auth().oauth2(TestApi.facilitatorToken(unit)).get("/api/v1/admin/actions/overview").then()
                .statusCode(403);
    }

    @Test
    void unknownUnitOrAction_isNotFound() {
        String admin = TestApi.adminToken();
        given().auth().oauth2(admin).get("/api/v1/units/no-such-unit/actions").then().statusCode(404)
                .body("detail", containsString("no-such-unit"));
        given().get("/api/v1/units/no-such-unit/actions/public").then().statusCode(404);
        String unit = TestApi.newCareUnit("hvb");
        given().auth().oauth2(admin).get("/api/v1/units/" + unit + "/actions/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
