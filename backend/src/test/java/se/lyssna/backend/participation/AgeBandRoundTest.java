package se.lyssna.backend.participation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.lyssna.backend.support.TestApi.adminToken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Database;
import se.lyssna.backend.support.TestApi;

/**
 * One round for every age: a questionnaire version per age band, one letter per child, the child's age picks the
 * questionnaire, and the server stores nothing that another version or an age outside the band would make up.
 */
@QuarkusTest
class AgeBandRoundTest {
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final Map<String, String> YOUNG = ref("national-7-12", "2026.1");
    private static final Map<String, String> TEEN = ref("national-13-17", "2026.1");
    private static final Map<String, String> ADULT = ref("national-18-21", "2026.1");

    @Inject
    Database database;
    @Inject
    ResponseMixer mixer;

    @Test
    void a9a15AndA19YearOld_ofOneUnit_eachGetAndSubmitTheirBand() {
        String unit = TestApi.newCareUnit("familjehem");
        UUID round = TestApi.openRoundWithBands(TestApi.nationalBands(), unit);
        given().auth().oauth2(adminToken()).get("/api/v1/admin/rounds/" + round).then().statusCode(200)
                .body("bands.band", equalTo(List.of("7-12", "13-17", "18-21")))
                .body("bands[0].questionnaire.key", equalTo("national-7-12"))
                .body("questionnaire.key", equalTo("national-13-17"));
        List<String> codes = TestApi.codes(round, unit, 3);

        Map<Integer, String> ageBandAnswer = Map.of(9, "7-9", 15, "13-15", 19, "18-19");
        Map<Integer, String> expectedKey = Map.of(9, "national-7-12", 15, "national-13-17", 19, "national-18-21");
        int child = 0;
        for (int age : List.of(9, 15, 19)) {
            JsonPath redeemed = TestApi.redeem(codes.get(child++)).then().statusCode(201)
                    .body("bands", hasSize(3)).body("bandIfAgeNotSaid", equalTo("13-17")).extract().jsonPath();
            // What the app does with the age the child tells: the band whose ages contain it.
            Map<String, Object> band = redeemed.<Map<String, Object>>getList("bands").stream()
                    .filter(b -> (int) b.get("minAge") <= age && age <= (int) b.get("maxAge")).findFirst()
                    .orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, String> questionnaire = (Map<String, String>) band.get("questionnaire");
            assertThat(questionnaire.get("key")).isEqualTo(expectedKey.get(age));

            JsonPath form = given().get("/api/v1/questionnaires/" + questionnaire.get("key") + "/versions/"
                    + questionnaire.get("version") + "?locale=sv").then().statusCode(200).extract().jsonPath();
            List<String> ageValues = form.getList("background.find { it.id == 'bg-age-band' }.options.value");
            assertThat(ageValues).as("the age question of " + questionnaire + " offers only its own band's values")
                    .contains(ageBandAnswer.get(age)).allMatch(v -> v.equals("dont-know") || v.equals("no-answer")
                            || withinBand(v, (int) band.get("minAge"), (int) band.get("maxAge")));
            String firstItem = form.getString("items[0].id");
            String firstOption = form.getString("items[0].options[0].value");

            TestApi.submit(redeemed.getString("submissionToken"), UUID.randomUUID().toString(),
                    submission(questionnaire, Map.of("bg-age-band", ageBandAnswer.get(age), firstItem, firstOption)))
                    .then().statusCode(201);
        }

        mixer.flushInbox();
        assertThat(database.strings("select q.key || '/' || r.age_band from response r join questionnaire_version q"
                + " on q.id = r.questionnaire_version_id where r.round_id = '" + round + "' order by r.age_band"))
                .containsExactlyInAnyOrder("national-7-12/7-9", "national-13-17/13-15", "national-18-21/18-19");
    }

    @Test
    void anotherVersion_orNoneInARoundOfSeveralBands_is422_andNothingIsStored() {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = openRound(unit, band(TEEN), band(ADULT));
        String code = TestApi.codes(round, unit, 1).get(0);
        String token = TestApi.submissionToken(code);

        // A published version, but not one of this round's bands.
        TestApi.submit(token, "k1", submission(YOUNG, Map.of("bg-age-band", "7-9"))).then().statusCode(422)
                .contentType("application/problem+json").body("violations[0].field", equalTo("questionnaire"));
        // The 13-17 questionnaire of another year: same key, not this round's version.
        TestApi.submit(token, "k2", submission(ref("national-13-17", "2025.1"), Map.of("bg-age-band", "13-15")))
                .then().statusCode(422).body("violations[0].field", equalTo("questionnaire"));
        TestApi.submit(token, "k3", submission(ref("national-13-17", "9999.1"), Map.of("bg-age-band", "13-15")))
                .then().statusCode(422).body("violations[0].field", equalTo("questionnaire"));
        // Naming none is only for a round of one band.
        TestApi.submit(token, "k4", Map.of("locale", "sv", "answers", Map.of("bg-age-band", List.of("13-15"))))
                .then().statusCode(422).body("violations[0].field", equalTo("questionnaire"));

        assertNothingStored(round);
        TestApi.redeem(code).then().statusCode(201);
    }

    @Test
    void anAgeOutsideTheBand_is422_andNothingIsStored() {
        String unit = TestApi.newCareUnit("sis");
        // 13-17 narrowed to 16-17: the version's own scale still offers 13-15, the round does not.
        UUID round = openRound(unit, Map.of("questionnaire", TEEN, "minAge", 16, "maxAge", 17), band(ADULT));
        String token = TestApi.submissionToken(TestApi.codes(round, unit, 1).get(0));

        TestApi.submit(token, "k1", submission(TEEN, Map.of("bg-age-band", "13-15"))).then().statusCode(422)
                .body("violations[0].field", equalTo("bg-age-band"));
        // An 18-21 value under the 13-17 version: not on its scale at all.
        TestApi.submit(token, "k2", submission(TEEN, Map.of("bg-age-band", "18-19"))).then().statusCode(422)
                .body("violations[0].field", equalTo("bg-age-band"));
        TestApi.submit(token, "k3", submission(ADULT, Map.of("bg-age-band", "16-17"))).then().statusCode(422)
                .body("violations[0].field", equalTo("bg-age-band"));
        assertNothingStored(round);

        // Not saying is an answer every band takes.
        TestApi.submit(token, "k4", submission(TEEN, Map.of("bg-age-band", "no-answer"))).then().statusCode(201);
    }

    @Test
    void opening_refusesOverlappingBands_widenedAges_andBothForms() {
        String unit = TestApi.newCareUnit("hvb");
        refused(Map.of("bands", List.of(band(TEEN), band(ref("national-13-17", "2025.1")))), "overlap");
        refused(Map.of("bands", List.of(band(YOUNG), Map.of("questionnaire", TEEN, "minAge", 12))), "not within");
        refused(Map.of("bands", List.of(band(TEEN)), "questionnaire", TEEN), "not both");
        refused(Map.of(), "not neither");
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(roundBody(unit, Map.of("bands", List.of(band(ref("national-7-12", "1900.1"))))))
                .post("/api/v1/admin/rounds").then().statusCode(404);
    }

    @Test
    void aRoundOfOneQuestionnaire_asBeforeBands_hasItsOneBand_andTakesUnnamedSubmissions() {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        given().auth().oauth2(adminToken()).get("/api/v1/admin/rounds/" + round).then().statusCode(200)
                .body("bands", hasSize(1)).body("bands[0].band", equalTo("13-17"))
                .body("bands[0].minAge", equalTo(13)).body("bands[0].maxAge", equalTo(17));
        String code = TestApi.codes(round, unit, 1).get(0);
        TestApi.redeem(code).then().statusCode(201).body("questionnaire.key", equalTo("national-13-17"))
                .body("bandIfAgeNotSaid", equalTo("13-17"));
        TestApi.submit(TestApi.submissionToken(code), "k", se.lyssna.backend.support.Answers.valid(0)).then()
                .statusCode(201);
    }

    @Test
    void monitoring_countsPerUnit_neverPerBand() {
        String unit = TestApi.newCareUnit("familjehem");
        UUID round = TestApi.openRoundWithBands(TestApi.nationalBands(), unit);
        List<String> codes = TestApi.codes(round, unit, 4);
        send(codes.get(0), YOUNG, "7-9");
        String monitoring = given().auth().oauth2(adminToken()).get("/api/v1/admin/rounds/" + round + "/monitoring")
                .then().statusCode(200).body("codesUsed", equalTo(1)).body("units[0].codesUsed", equalTo(1))
                .extract().asString();
        // A used count per band of a small home would tell which child answered.
        assertThat(monitoring).doesNotContain("band").doesNotContain("7-12").doesNotContain("national-");
    }

    @Test
    void closingARoundOfMixedBands_works() {
        String unit = TestApi.newCareUnit("familjehem");
        UUID round = TestApi.openRoundWithBands(TestApi.nationalBands(), unit);
        List<String> codes = TestApi.codes(round, unit, 3);
        send(codes.get(0), YOUNG, "7-9");
        send(codes.get(1), TEEN, "16-17");
        send(codes.get(2), ADULT, "20-21");
        TestApi.closeRound(round);
        given().auth().oauth2(adminToken()).get("/api/v1/admin/rounds/" + round).then().body("state",
                equalTo("closed"));
    }

    /** A child of one band sends just its age answer, accepted. */
    private static void send(String code, Map<String, String> questionnaire, String ageBand) {
        TestApi.submit(TestApi.submissionToken(code), UUID.randomUUID().toString(),
                submission(questionnaire, Map.of("bg-age-band", ageBand))).then().statusCode(201);
    }

    private void assertNothingStored(UUID round) {
        mixer.flushInbox();
        assertThat(database.count("select count(*) from response_inbox where round_id = '" + round + "'")).isZero();
        assertThat(database.count("select count(*) from response where round_id = '" + round + "'")).isZero();
        assertThat(database.count("select count(*) from participation_code where used and round_id = '" + round
                + "'")).isZero();
    }

    private static void refused(Map<String, Object> shape, String detail) {
        String unit = TestApi.newCareUnit("hvb");
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON).body(roundBody(unit, shape))
                .post("/api/v1/admin/rounds").then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString(detail));
    }

    @SafeVarargs
    private static UUID openRound(String unit, Map<String, ?>... bands) {
        return TestApi.openRoundWithBands(List.of(bands), unit);
    }

    private static Map<String, Object> roundBody(String unit, Map<String, Object> shape) {
        Map<String, Object> body = new HashMap<>(shape);
        body.put("name", "Åldrar " + UNIQUE.incrementAndGet());
        body.put("units", List.of(unit));
        body.put("opensOn", TestApi.today().minusDays(1).toString());
        body.put("closesOn", TestApi.today().plusDays(30).toString());
        return body;
    }

    private static Map<String, Object> submission(Map<String, String> questionnaire, Map<String, String> answers) {
        Map<String, List<String>> values = new HashMap<>();
        answers.forEach((item, value) -> values.put(item, List.of(value)));
        return Map.of("locale", "sv", "questionnaire", questionnaire, "answers", values);
    }

    private static Map<String, Object> band(Map<String, String> questionnaire) {
        return Map.of("questionnaire", questionnaire);
    }

    private static Map<String, String> ref(String key, String version) {
        return Map.of("key", key, "version", version);
    }

    private static boolean withinBand(String value, int min, int max) {
        String[] ends = value.split("-");
        return Integer.parseInt(ends[0]) >= min && Integer.parseInt(ends[1]) <= max;
    }
}
