package se.lyssna.backend.participation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.lyssna.backend.support.TestApi.adminToken;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Answers;
import se.lyssna.backend.support.Database;
import se.lyssna.backend.support.TestApi;

@QuarkusTest
class ParticipationFlowTest {
    @Inject
    Database database;
    @Inject
    ResponseMixer mixer;

    @Test
    void happyPath_codeToStoredAnonymousResponse() {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        List<String> codes = TestApi.codes(round, unit, 3);
        assertThat(codes).hasSize(3)
                .allMatch(c -> c.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"));

        // Typed the way a child might: lower case, spaces instead of dashes.
        String typed = codes.get(0).toLowerCase().replace("-", " ");
        TestApi.redeem(typed).then().statusCode(201).body("unitCode", equalTo(unit))
                .body("questionnaire.key", equalTo("national-13-17")).body("roundId", equalTo(round.toString()));
        String token = TestApi.submissionToken(codes.get(0));

        TestApi.submit(token, UUID.randomUUID().toString(), Answers.valid(1)).then().statusCode(201)
                .body("status", equalTo("received"));

        given().auth().oauth2(adminToken()).get("/api/v1/admin/rounds/" + round + "/monitoring").then()
                .statusCode(200).body("codesIssued", equalTo(3)).body("codesUsed", equalTo(1))
                .body("units[0].responseRatePercent", equalTo(33));

        mixer.flushInbox();
        assertThat(database.count("select count(*) from response where round_id = '" + round + "'")).isEqualTo(1);
        assertThat(database.strings("select age_band || '/' || gender || '/' || placement_form from response"
                + " where round_id = '" + round + "'")).containsExactly("13-15/girl/hvb");
        assertThat(database.strings("select a.value from answer a join response r on r.id = a.response_id"
                + " where r.round_id = '" + round + "' and a.item_id = 'del-sw-topics' order by a.value"))
                .containsExactly("friends", "school");
        assertThat(database.count("select count(*) from response_inbox")).isZero();
    }

    @Test
    void redeem_usedCode_is409() {
        String unit = TestApi.newCareUnit("familjehem");
        UUID round = TestApi.openRound(unit);
        String code = TestApi.codes(round, unit, 1).get(0);
        TestApi.submit(TestApi.submissionToken(code), "k1", Answers.valid(0)).then().statusCode(201);
        TestApi.redeem(code).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void openRound_thresholdBelowThree_isRejected() {
        String unit = TestApi.newCareUnit("sis");
        given().auth().oauth2(adminToken()).contentType("application/json")
                .body(java.util.Map.of("name", "x", "questionnaire", java.util.Map.of("key", "national-13-17",
                                "version", "2026.1"), "units", List.of(unit), "opensOn", "2027-01-01",
                        "closesOn", "2027-02-01", "threshold", 2))
                .post("/api/v1/admin/rounds").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("threshold"));
    }

    @Test
    void codes_forAUnitOutsideTheRound_areRefused() {
        String inRound = TestApi.newCareUnit("hvb");
        String outside = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(inRound);
        given().auth().oauth2(adminToken()).contentType("application/json")
                .body(java.util.Map.of("unit", outside, "count", 2))
                .post("/api/v1/admin/rounds/" + round + "/codes").then().statusCode(400);
    }

    @Test
    void municipalities_all290AreLoaded() {
        assertThat(database.count("select count(*) from unit where kind = 'municipality'")).isEqualTo(290);
    }
}
