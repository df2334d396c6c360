package se.lyssna.backend.units;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.TestApi;

/** Refused units say why as problem details, with the status their kind of failure has. */
@QuarkusTest
class UnitProblemsTest {
    private static ValidatableResponse create(String code, String kind, String municipality) {
        return given().auth().oauth2(TestApi.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Testhem", "kind", kind, "municipality", municipality))
                .post("/api/v1/admin/units").then().contentType("application/problem+json");
    }

    @Test
    void existingCode_is409UnitExists() {
        String code = TestApi.newCareUnit("hvb");
        create(code, "hvb", "0180").statusCode(409).body("type", equalTo("https://lyssna.se/problems/unit-exists"))
                .body("detail", containsString(code));
    }

    @Test
    void careUnitUnderAHome_is400NotAMunicipality() {
        String home = TestApi.newCareUnit("hvb");
        create("0180-hvb-under-home", "hvb", home).statusCode(400).body("type",
                equalTo("https://lyssna.se/problems/bad-request")).body("detail", containsString("not a municipality"));
    }

    @Test
    void unknownMunicipality_is404() {
        create("9999-hvb-nowhere", "hvb", "9999").statusCode(404).body("status", equalTo(404))
                .body("detail", containsString("9999"));
    }
}
