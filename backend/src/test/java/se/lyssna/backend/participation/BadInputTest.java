package se.lyssna.backend.participation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lyssna.backend.support.Answers;
import se.lyssna.backend.support.Database;
import se.lyssna.backend.support.TestApi;

/** Every malformed or hostile input of issue 12 gets a 4xx problem that says what is wrong, and stores nothing. */
@QuarkusTest
class BadInputTest {
    /** A valid submission as raw JSON, with a placeholder for one more item. */
    private static final String VALID = "{\"locale\":\"sv\",\"answers\":{\"bg-age-band\":[\"13-15\"],\"bg-gender\":"
            + "[\"girl\"],\"bg-placement-form\":[\"hvb\"],\"bg-answered-alone\":[\"alone\"],"
            + "\"bem-info-understand\":[\"agree\"],\"try-safe-home\":[\"agree\"],\"del-sw-same\":[\"no\"],"
            + "\"del-sw-topics\":[\"school\"],\"hal-life-now\":[\"7\"]%s}}";

    @Inject
    Database database;
    @TestHTTPResource("/")
    URI base;

    private String token;
    private String unit;
    private UUID round;

    @BeforeEach
    void freshCode() {
        unit = TestApi.newCareUnit("hvb");
        round = TestApi.openRound(unit);
        token = TestApi.submissionToken(TestApi.codes(round, unit, 1).get(0));
    }

    private RequestSpecification json(String body) {
        return given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
    }

    private void submitRejected(String body, int status, String detailPart) {
        String before = database.storedState();
        json(body).auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/responses").then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body(containsString(detailPart));
        assertThat(database.storedState()).as("nothing stored").isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "   \n ", "[]", "\"text\""})
    void emptyNullOrNoObject_is400OnEveryBodyEndpoint(String body) {
        String before = database.storedState();
        String admin = TestApi.adminToken();
        json(body).post("/api/v1/participations").then().statusCode(400).contentType("application/problem+json");
        json(body).auth().oauth2(token).post("/api/v1/responses").then().statusCode(400)
                .contentType("application/problem+json");
        json(body).post("/api/v1/demo/tokens").then().statusCode(400).contentType("application/problem+json");
        json(body).auth().oauth2(admin).post("/api/v1/admin/units").then().statusCode(400)
                .contentType("application/problem+json");
        json(body).auth().oauth2(admin).post("/api/v1/admin/rounds").then().statusCode(400)
                .contentType("application/problem+json");
        json(body).auth().oauth2(admin).post("/api/v1/admin/rounds/" + round + "/codes").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(database.storedState()).isEqualTo(before);
    }

    @Test
    void strictJson_refusesTrailingDataSecondDocumentsAndDuplicateKeys() {
        String valid = VALID.formatted("");
        submitRejected(valid + " garbage", 400, "not valid JSON");
        submitRejected(valid + " 5", 400, "more after the JSON document");
        submitRejected(valid + valid, 400, "more after the JSON document");
        submitRejected(VALID.formatted(",\"try-safe-home\":[\"disagree\"]"), 400, "a key appears twice");
        submitRejected(VALID.formatted(",\"del-sw-met-count\":[5]"), 400, "wrong type");
        submitRejected(valid.substring(0, valid.length() - 3), 400, "ends too early");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+5", "\u0665", " 5", "05x", "5.0"})
    void numberAnswerNotWrittenWithAsciiDigits_is422(String value) {
        submitRejected(VALID.formatted(",\"del-sw-met-count\":[\"" + value + "\"]"), 422, "digits 0-9");
    }

    @Test
    void nullAsTheConditionOfAFollowUp_is422NotACrash() {
        submitRejected(VALID.replace("\"del-sw-same\":[\"no\"]", "\"del-sw-same\":[null]").formatted(""), 422,
                "a value is missing");
    }

    @Test
    void nulAndLoneSurrogateInFreeText_are422AndNeverReachTheDatabase() {
        submitRejected(VALID.formatted(",\"free-text-other\":[\"Personalen \\u0000 x\"]"), 422, "NUL");
        submitRejected(VALID.formatted(",\"free-text-other\":[\"\\ud800x\"]"), 422, "lone UTF-16 surrogate");
        submitRejected(VALID.formatted(",\"free-text-other\":[\"x\\udc00\"]"), 422, "lone UTF-16 surrogate");
        // A proper pair (an emoji) is text and is kept exactly.
        json(VALID.formatted(",\"free-text-other\":[\"bra \\ud83d\\ude00\"]")).auth().oauth2(token)
                .post("/api/v1/responses").then().statusCode(201);
    }

    @Test
    void nulInPathOrQuery_is400() {
        given().get("/api/v1/feedback/units/0180%00x/latest").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("NUL"));
        given().auth().oauth2(TestApi.adminToken()).queryParam("unit", "a\u0000b").get("/api/v1/results/rounds/" + round)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void nulInAnAdminBody_is400() {
        json("{\"code\":\"0180-hvb-x\\u0000\",\"name\":\"x\",\"kind\":\"hvb\",\"municipality\":\"0180\"}").auth()
                .oauth2(TestApi.adminToken()).post("/api/v1/admin/units").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'code'"));
    }

    @Test
    void chunkedSubmissionOverTheLimit_is413WhileReading() throws Exception {
        String padding = "x".repeat(400_000);
        byte[] body = VALID.formatted(",\"free-text-other\":[\"" + padding + "\"]").getBytes(StandardCharsets.UTF_8);
        String before = database.storedState();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.resolve("/api/v1/responses")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                // No length: the body goes in chunks, as a client that streams it would send it.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(database.storedState()).isEqualTo(before);
    }

    @Test
    void oversizedHeadersUriAndBody_getProblemBodies() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> headers = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/questionnaires"))
                .header("X-Padding", "h".repeat(20_000)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(headers.statusCode()).isEqualTo(431);
        assertThat(headers.body()).contains("\"status\":431");
        HttpResponse<String> uri = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/questionnaires?x="
                + "u".repeat(5_000))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uri.statusCode()).isEqualTo(414);
        assertThat(uri.body()).contains("\"status\":414");
        HttpResponse<String> large = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/admin/units"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + "1,".repeat(700_000) + "1]")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("\"status\":413");
    }

    @Test
    void theUsualMistakes_stillSayWhat() {
        submitRejected(VALID.formatted(",\"try-stay\":[\"maybe\"]"), 422, "try-stay");
        TestApi.submit(token, "k", Answers.with("del-sw-met-count", List.of("3"))).then().statusCode(201)
                .body("status", equalTo("received"));
        assertThat(database.count("select count(*) from response_inbox where round_id = '" + round + "'"))
                .isEqualTo(1);
        json("{\"code\": 5}").post("/api/v1/participations").then().statusCode(400)
                .body("detail", containsString("wrong type"));
        given().contentType("application/json").body("{}").post("/api/v1/participations").then().statusCode(400)
                .body("violations.field", hasItem("code"));
    }
}
