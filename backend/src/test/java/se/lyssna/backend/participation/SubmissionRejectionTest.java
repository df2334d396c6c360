package se.lyssna.backend.participation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Answers;
import se.lyssna.backend.support.Database;
import se.lyssna.backend.support.TestApi;

/** Every rejection says exactly what is wrong, and stores nothing. */
@QuarkusTest
class SubmissionRejectionTest {
    @Inject
    Database database;

    private String token;

    @BeforeEach
    void freshCode() {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        token = TestApi.submissionToken(TestApi.codes(round, unit, 1).get(0));
    }

    private void rejected(Object body, int status, Function<ValidatableResponse, ValidatableResponse> expect) {
        String before = database.storedState();
        ValidatableResponse response = TestApi.submit(token, UUID.randomUUID().toString(), body).then()
                .statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        expect.apply(response);
        assertThat(database.storedState()).as("nothing stored on a rejection").isEqualTo(before);
    }

    @Test
    void unknownItem_is422NamingTheItem() {
        rejected(Answers.with("not-an-item", List.of("yes")), 422,
                r -> r.body("violations.field", hasItem("not-an-item")));
    }

    @Test
    void valueOffTheScale_is422() {
        rejected(Answers.with("try-safe-home", List.of("maybe")), 422, r -> r
                .body("violations.find { it.field == 'try-safe-home' }.message", containsString("'maybe'")));
    }

    @Test
    void missingRequiredBackground_is422() {
        rejected(Answers.with("bg-age-band", null), 422, r -> r.body("violations.field", hasItem("bg-age-band")));
    }

    @Test
    void textTooLong_is422() {
        rejected(Answers.with("free-text-other", List.of("a".repeat(501))), 422, r -> r
                .body("violations.find { it.field == 'free-text-other' }.message", containsString("501")));
    }

    @Test
    void numberOutOfRange_is422() {
        rejected(Answers.with("del-sw-met-count", List.of("99")), 422,
                r -> r.body("violations.field", hasItem("del-sw-met-count")));
    }

    @Test
    void answerToAHiddenFollowUp_is422() {
        Map<String, Object> body = Answers.with("del-sw-same", List.of("yes"));
        rejected(body, 422, r -> r.body("violations.find { it.field == 'del-sw-met-count' }.message",
                containsString("condition")));
    }

    @Test
    void twoAnswersToASingleChoice_is422() {
        rejected(Answers.with("try-safe-home", List.of("agree", "disagree")), 422,
                r -> r.body("violations.field", hasItem("try-safe-home")));
    }

    @Test
    void payloadTooLarge_is413() {
        rejected(Answers.with("free-text-other", List.of("x".repeat(300_000))), 413, r -> r);
    }

    @Test
    void malformedJson_is400() {
        String before = database.storedState();
        given().auth().oauth2(token).contentType("application/json").body("{\"answers\": [")
                .post("/api/v1/responses").then().statusCode(400).contentType("application/problem+json");
        assertThat(database.storedState()).isEqualTo(before);
    }

    @Test
    void missingToken_is401() {
        String before = database.storedState();
        given().contentType("application/json").body(Answers.valid(0)).post("/api/v1/responses").then()
                .statusCode(401);
        assertThat(database.storedState()).isEqualTo(before);
    }

    @Test
    void closedRound_is410() {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        String code = TestApi.codes(round, unit, 1).get(0);
        token = TestApi.submissionToken(code);
        TestApi.closeRound(round);
        rejected(Answers.valid(0), 410, r -> r.body("detail", containsString("not open")));
        TestApi.redeem(code).then().statusCode(410);
    }

    @Test
    void roundClosedByAnotherReplica_is410() {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        String code = TestApi.codes(round, unit, 1).get(0);
        // This replica has seen the round open (the redeem behind the token) and keeps its facts; another closes it.
        token = TestApi.submissionToken(code);
        database.execute("update round set closed = true where id = '" + round + "'");
        rejected(Answers.valid(0), 410, r -> r.body("detail", containsString("not open")));
        TestApi.redeem(code).then().statusCode(410);
    }

    @Test
    void roundNotYetOpen_refusesTheCode() {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(TestApi.today().plusDays(5), TestApi.today().plusDays(20), unit);
        TestApi.redeem(TestApi.codes(round, unit, 1).get(0)).then().statusCode(410);
    }
}
