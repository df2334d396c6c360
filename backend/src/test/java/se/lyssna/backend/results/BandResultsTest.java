package se.lyssna.backend.results;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.lyssna.backend.support.TestApi.adminToken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.results.disclosure.Measure;
import se.lyssna.backend.support.TestApi;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.Questionnaire;

/**
 * A closed round of three age bands publishes each band's own table and an all-ages table of what they share (issue
 * 14 item 4), read through the results API and the export like any other table.
 */
@QuarkusTest
class BandResultsTest {
    private static final Map<String, Questionnaire> BANDS = TestApi.NATIONAL_BANDS;

    @Test
    void aRoundOfThreeBands_publishesEachBandsTable_andAllAgesOfTheSharedFigures() throws java.io.IOException {
        // One large foster-family service, so that it is broken down (by background and by band).
        TestApi.BandedRound banded = TestApi.closedRoundOfThreeBands(20);
        UUID round = banded.round();
        String unit = banded.unit();

        JsonPath all = results(round, unit, "").then().statusCode(200).extract().jsonPath();
        assertThat(all.getString("band")).isEqualTo("all");
        assertThat(all.getList("bands", String.class)).containsExactly("all", "7-12", "13-17", "18-21");
        List<String> shared = all.getList("groups[0].items.itemId", String.class);
        assertThat(shared).as("the all-ages table holds the items every band asks alike, and only those")
                .isNotEmpty().allMatch(id -> BANDS.values().stream().allMatch(q -> q.item(id).isPresent()));
        List<String> onlyTeens = BANDS.get("13-17").items().stream().map(Item::id)
                .filter(id -> BANDS.get("7-12").item(id).isEmpty()).toList();
        assertThat(shared).doesNotContainAnyElementsOf(onlyTeens);

        Map<String, JsonPath> bands = new HashMap<>();
        for (String band : List.of("7-12", "13-17", "18-21")) {
            JsonPath table = results(round, unit, "&band=" + band).then().statusCode(200)
                    .body("band", equalTo(band)).body("questionnaire.key", equalTo(BANDS.get(band).key()))
                    .extract().jsonPath();
            assertThat(table.getList("groups[0].items.itemId", String.class))
                    .as("a band's table has its whole questionnaire").hasSize(countedItems(BANDS.get(band)));
            bands.put(band, table);
        }
        // What is shown is consistent: no band holds more than all ages, and where every band is shown they add up.
        List<Map<String, Object>> areas = all.getList("groups[0].areas");
        int shownInBands = 0;
        for (Map<String, Object> area : areas) {
            Integer total = (Integer) area.get("answers");
            List<Integer> parts = new ArrayList<>();
            for (JsonPath band : bands.values()) {
                Integer part = band.get("groups[0].areas.find { it.area == '" + area.get("area") + "' }.answers");
                parts.add(part);
                if (part != null && total != null) {
                    assertThat(part).isLessThanOrEqualTo(total);
                    shownInBands++;
                }
            }
            if (total != null && parts.stream().allMatch(p -> p != null)) {
                assertThat(parts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
            }
        }
        assertThat(shownInBands).as("some band's area indexes are published").isPositive();

        results(round, unit, "&band=5-6").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("band must be one of"));
        // All ages by age band are the bands' own tables, as a breakdown (the facilitator app's age menu).
        JsonPath byAge = results(round, unit, "&groupBy=age-band").then().statusCode(200)
                .body("groups.value", equalTo(List.of("7-12", "13-17", "18-21"))).extract().jsonPath();
        assertThat(byAge.<Object>get("groups[0].respondents")).isEqualTo(bands.get("7-12").get("respondents"));
        assertThat(byAge.getList("groups[0].items.itemId", String.class)).isEqualTo(shared);
        results(round, unit, "&band=7-12&groupBy=age-band").then().statusCode(200)
                .body("groups.value", equalTo(Aggregation.categoriesOf(BANDS.get("7-12")).get("age-band")));

        // The all-ages trend of the home: this round's all-ages area indexes, areas only.
        JsonPath trend = given().auth().oauth2(adminToken()).get("/api/v1/results/trends?questionnaire=all-ages&unit="
                + unit).then().statusCode(200).body("questionnaire", equalTo("all-ages")).extract().jsonPath();
        assertThat(trend.getList("items")).isEmpty();
        for (Map<String, Object> area : areas) {
            assertThat(trend.<Object>get("areas.find { it.id == '" + area.get("area")
                    + "' }.points[0].positivePercent")).isEqualTo(area.get("positivePercent"));
        }

        String csv = given().auth().oauth2(adminToken()).get("/api/v1/results/rounds/" + round + "/export.csv")
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",ages");
        for (String table : List.of("all", "7-12", "13-17", "18-21")) {
            assertThat(csv.lines()).anyMatch(l -> l.endsWith("," + table));
        }

        byte[] pdf = given().auth().oauth2(adminToken()).get("/api/v1/results/rounds/" + round + "/report.pdf")
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Alla åldrar", "Åldersgrupp 7–12 år", "Åldersgrupp 13–17 år",
                    "Åldersgrupp 18–21 år");
            assertThat(document.getNumberOfPages()).isEqualTo(5);
        }
        if (System.getenv("LYSSNA_SHOT_DIR") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getenv("LYSSNA_SHOT_DIR"), "band-report.pdf"), pdf);
        }
    }

    @Test
    void theAllAgesTrend_breaksWhereTheBandsAskedChanged() {
        String unit = TestApi.newCareUnit("familjehem");
        UUID older = TestApi.openRound(TestApi.today().minusDays(20), TestApi.today().plusDays(30), unit);
        TestApi.closeRound(older);
        UUID banded = TestApi.openRoundWithBands(TestApi.nationalBands(), unit);
        TestApi.closeRound(banded);
        JsonPath trend = given().auth().oauth2(adminToken()).get("/api/v1/results/trends?questionnaire=all-ages&unit="
                + unit).then().statusCode(200).extract().jsonPath();
        assertThat(trend.getList("areas[0].points.roundId", String.class))
                .containsExactly(older.toString(), banded.toString());
        assertThat(trend.<Boolean>get("areas[0].points[1].breakBefore")).isTrue();
        assertThat(trend.getString("areas[0].points[1].breakReason")).contains("age bands asked changed");
    }

    private static int countedItems(Questionnaire questionnaire) {
        return new Measures(questionnaire).keys().stream().map(Measure::itemId).filter(java.util.Objects::nonNull)
                .distinct().toList().size();
    }

    private static io.restassured.response.Response results(UUID round, String unit, String query) {
        return given().auth().oauth2(adminToken()).get("/api/v1/results/rounds/" + round + "?unit=" + unit + query);
    }
}
