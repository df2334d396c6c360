package se.lyssna.backend.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Calls the real API the way a survey body's client, a facilitator or the app would. */
public final class TestApi {
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    /** The backend's zone (lyssna.time-zone): "today" in a test must be the backend's today, not the JVM's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private TestApi() {
    }

    public static String adminToken() {
        return token(Map.of("role", "survey-admin"));
    }

    public static String facilitatorToken(String... units) {
        return token(Map.of("role", "facilitator", "units", List.of(units)));
    }

    private static String token(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/demo/tokens").then().statusCode(200)
                .extract().path("token");
    }

    /** A new care unit with a unique code in Stockholm. */
    public static String newCareUnit(String kind) {
        String code = "0180-" + kind + "-t" + UNIQUE.incrementAndGet() + "-" + UUID.randomUUID().toString()
                .substring(0, 6);
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Testhem " + code, "kind", kind, "municipality", "0180"))
                .post("/api/v1/admin/units").then().statusCode(201);
        return code;
    }

    /** Opens a round of national-13-17 2026.1 over the units, open today, threshold 5. */
    public static UUID openRound(String... units) {
        return openRound(today().minusDays(1), today().plusDays(30), units);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static UUID openRound(LocalDate opens, LocalDate closes, String... units) {
        String id = given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Test " + UNIQUE.incrementAndGet(),
                        "questionnaire", Map.of("key", "national-13-17", "version", "2026.1"),
                        "units", List.of(units), "opensOn", opens.toString(), "closesOn", closes.toString()))
                .post("/api/v1/admin/rounds").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** Opens a round of one questionnaire version per age band, open today; each band {questionnaire, minAge?, …}. */
    public static UUID openRoundWithBands(List<? extends Map<String, ?>> bands, String... units) {
        String id = given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Åldrar " + UNIQUE.incrementAndGet(), "bands", bands, "units", List.of(units),
                        "opensOn", today().minusDays(1).toString(), "closesOn", today().plusDays(30).toString()))
                .post("/api/v1/admin/rounds").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** The national bands: 7-12, 13-17 and 18-21, each its 2026.1 version. */
    public static List<Map<String, Object>> nationalBands() {
        return List.of(Map.of("questionnaire", Map.of("key", "national-7-12", "version", "2026.1")),
                Map.of("questionnaire", Map.of("key", "national-13-17", "version", "2026.1")),
                Map.of("questionnaire", Map.of("key", "national-18-21", "version", "2026.1")));
    }

    public static List<String> codes(UUID round, String unit, int count) {
        return given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("unit", unit, "count", count)).post("/api/v1/admin/rounds/" + round + "/codes")
                .then().statusCode(201).extract().path("codes");
    }

    public static Response redeem(String code) {
        return given().contentType(ContentType.JSON).body(Map.of("code", code)).post("/api/v1/participations");
    }

    public static String submissionToken(String code) {
        return redeem(code).then().statusCode(201).extract().path("submissionToken");
    }

    public static Response submit(String token, String idempotencyKey, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/responses");
    }

    /** The national bands' 2026.1 versions by band, as {@link #nationalBands()} opens them. */
    public static final Map<String, se.lyssna.definitions.Questionnaire> NATIONAL_BANDS = nationalQuestionnaires();

    private static Map<String, se.lyssna.definitions.Questionnaire> nationalQuestionnaires() {
        var catalog = se.lyssna.definitions.QuestionnaireCatalog.fromClasspath();
        Map<String, se.lyssna.definitions.Questionnaire> bands = new java.util.LinkedHashMap<>();
        bands.put("7-12", catalog.find("national-7-12", "2026.1").orElseThrow());
        bands.put("13-17", catalog.find("national-13-17", "2026.1").orElseThrow());
        bands.put("18-21", catalog.find("national-18-21", "2026.1").orElseThrow());
        return bands;
    }

    /** A closed round of the three national bands over one new foster-family service: {@code perBand} children each. */
    public record BandedRound(UUID round, String unit) {
    }

    public static BandedRound closedRoundOfThreeBands(int perBand) {
        String unit = newCareUnit("familjehem");
        UUID round = openRoundWithBands(nationalBands(), unit);
        List<String> codes = codes(round, unit, 3 * perBand);
        var synthetic = new se.lyssna.backend.demo.SyntheticAnswers(new java.util.Random(14));
        int next = 0;
        for (var questionnaire : NATIONAL_BANDS.values()) {
            for (int i = 0; i < perBand; i++) {
                Map<String, Object> body = new java.util.HashMap<>();
                body.put("locale", "sv");
                body.put("questionnaire", Map.of("key", questionnaire.key(), "version", questionnaire.version()));
                body.put("answers", synthetic.answer(questionnaire, 0.2 + 0.6 * (i % 5) / 4.0));
                submit(submissionToken(codes.get(next++)), UUID.randomUUID().toString(), body).then().statusCode(201);
            }
        }
        closeRound(round);
        return new BandedRound(round, unit);
    }

    public static void closeRound(UUID round) {
        given().auth().oauth2(adminToken()).post("/api/v1/admin/rounds/" + round + "/close").then().statusCode(200);
    }
}
