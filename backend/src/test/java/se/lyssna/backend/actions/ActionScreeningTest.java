package se.lyssna.backend.actions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.lyssna.backend.support.Database;
import se.lyssna.backend.support.TestApi;

@QuarkusTest
class ActionScreeningTest {
    @Inject
    Database database;

    private String unit;
    private String token;

    @BeforeEach
    void unit() {
        unit = TestApi.newCareUnit("hvb");
        token = TestApi.facilitatorToken(unit);
    }

    private long stored() {
        return database.count("select count(*) from council_action a join unit u on u.id = a.unit_id"
                + " where u.code = '" + unit + "'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "youSaid|Emma sa att hon inte känner sig trygg.|ett namn",
        "weDecided|Ring 070-123 45 67 om något händer.|ett telefonnummer",
        "weDecided|Mejla trygghet.hem@example.se varje vecka.|en e-postadress",
        "youSaid|Barnet 121212-1212 vill flytta.|ett personnummer",
        "youSaid|Ett barn med nummer 201212121212 sa så.|ett personnummer"})
    void post_whenTextHasPersonalData_is422AndStoresNothing(String field, String text, String kind) {
        ActionFixtures.post(token, unit, ActionFixtures.action(field, text)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://lyssna.se/problems/personal-data"))
                .body("detail", containsString("Skriv inte barns namn"))
                .body("violations", hasSize(1)).body("violations[0].field", is(field))
                .body("violations[0].message", containsString(kind))
                .body("violations[0].message", containsString("Skriv inte barns namn"))
                .body(not(containsString(text.split(" ")[0].equals("Emma") ? "Emma" : "@example")))
                .body(not(containsString("070-123"))).body(not(containsString("121212-1212")));
        assertThat(stored()).isZero();
    }

    @Test
    void post_whenResponsibleIsAPersonsName_asksForARole() {
        ActionFixtures.post(token, unit, ActionFixtures.action("responsible", "Johan Karlsson")).then()
                .statusCode(422).body("violations[0].field", is("responsible"))
                .body("violations[0].message", containsString("roll eller funktion"))
                .body(not(containsString("Karlsson")));
        assertThat(stored()).isZero();
    }

    @Test
    void post_whenSeveralFieldsHavePersonalData_reportsEachField() {
        Map<String, Object> body = ActionFixtures.action("youSaid", "Ahmed vill ha wifi.");
        body.put("weDid", "Skickade mejl till it@hvb.se");
        ActionFixtures.post(token, unit, body).then().statusCode(422).body("violations", hasSize(2))
                .body("violations.field", org.hamcrest.Matchers.contains("youSaid", "weDid"));
    }

    @Test
    void patch_whenNewTextHasPersonalData_keepsTheStoredText() {
        String id = ActionFixtures.create(token, unit, ActionFixtures.action());
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("status", "done", "weDid", "Vi pratade med Fatima om det."))
                .patch("/api/v1/units/" + unit + "/actions/" + id).then().statusCode(422);
        given().auth().oauth2(token).get("/api/v1/units/" + unit + "/actions/" + id).then().statusCode(200)
                .body("status", is("planned")).body("weDid", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void post_whenOrdinarySwedish_isStored() {
        Map<String, Object> body = ActionFixtures.action("youSaid", "Vi ska prata mer om Skolan");
        body.put("weDecided", "Trygghet är viktigt. Max två timmar skärmtid blir tre på helgen.");
        body.put("responsible", "Enhetschefen");
        ActionFixtures.post(token, unit, body).then().statusCode(201);
        assertThat(stored()).isOne();
    }
}
