package se.lyssna.backend.results;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.demo.DemoResults;
import se.lyssna.backend.support.TestApi;

/** Trends across the 2025.1 → 2026.1 change, exports and reports, on the demo data (two published rounds). */
@QuarkusTest
class TrendsAndReportsTest {
    private static List<UUID> rounds;

    @Inject
    DemoResults demo;

    @BeforeEach
    void seedOnce() {
        if (rounds == null) {
            rounds = demo.seed();
        }
    }

    private static JsonPath trends(String unit) {
        return given().auth().oauth2(TestApi.adminToken()).queryParam("questionnaire", "national-13-17")
                .queryParam("unit", unit).get("/api/v1/results/trends").then().statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> line(JsonPath trends, String list, String id) {
        return ((List<Map<String, Object>>) (List<?>) trends.getList(list)).stream().filter(l -> l.get("id").equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no trend line " + id));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> points(Map<String, Object> line) {
        return (List<Map<String, Object>>) line.get("points");
    }

    @Test
    void trends_markTheBreakWhereAnItemWasReplaced() {
        JsonPath trends = trends("0180-fh-demo-norr");
        assertThat(trends.getList("versions.version")).containsSubsequence("2025.1", "2026.1");
        // Unchanged item: two comparable points, no break.
        List<Map<String, Object>> safe = points(line(trends, "items", "try-safe-home"));
        assertThat(safe).hasSizeGreaterThanOrEqualTo(2);
        assertThat(safe.get(safe.size() - 1)).doesNotContainKey("breakBefore");
        // Declared wording revision: still comparable.
        List<Map<String, Object>> activity = points(line(trends, "items", "fri-activity"));
        assertThat(activity.get(activity.size() - 1)).doesNotContainKey("breakBefore");
        // Replaced item: the old ID ends in 2025, the new one starts in 2026 with a break.
        assertThat(points(line(trends, "items", "rel-parents-good"))).extracting(p -> p.get("version"))
                .containsOnly("2025.1");
        List<Map<String, Object>> family = points(line(trends, "items", "rel-family-contact"));
        assertThat(family).hasSize(1);
        assertThat(family.get(0)).containsEntry("breakBefore", true).containsEntry("version", "2026.1");
        // The area computed from it breaks too; other areas do not.
        List<Map<String, Object>> relations = points(line(trends, "areas", "sociala-relationer"));
        assertThat(relations.get(relations.size() - 1)).containsEntry("breakBefore", true);
        assertThat((String) relations.get(relations.size() - 1).get("breakReason")).contains("rel-family-contact");
        List<Map<String, Object>> safety = points(line(trends, "areas", "trygghet"));
        assertThat(safety.get(safety.size() - 1)).doesNotContainKey("breakBefore");
        // A point is a share or hidden with the one reason (the audit hides most of the demo's unit figures).
        Map<String, Object> last = safety.get(safety.size() - 1);
        assertThat(last.get("positivePercent") != null || "protected".equals(last.get("reason"))).isTrue();
    }

    @Test
    void demo_smallUnitsAreSuppressed() {
        given().get("/api/v1/feedback/rounds/" + rounds.get(1) + "/units/0380-hvb-demo-eken").then().statusCode(200)
                .body("respondents.reason", org.hamcrest.Matchers.equalTo("protected"))
                .body("areas[0].unit.suppressed", org.hamcrest.Matchers.equalTo(true));
        given().get("/api/v1/feedback/rounds/" + rounds.get(1) + "/units/0180-fh-demo-norr").then().statusCode(200)
                .body("respondents.value", org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.equalTo(42),
                        org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void exports_holdOnlyProtectedFigures() throws IOException {
        String csv = given().auth().oauth2(TestApi.adminToken())
                .get("/api/v1/results/rounds/" + rounds.get(1) + "/export.csv").then().statusCode(200).extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("scope,code,name,group_by,group,measure,id,option,count");
        // Every suppressed row carries the one public reason and no count; no rule is named.
        assertThat(lines.stream().filter(l -> l.endsWith(",protected,all"))).isNotEmpty()
                .allMatch(l -> l.contains(",,,,,"));
        assertThat(lines).noneMatch(l -> l.contains("too-few-answers") || l.contains("protects-another-figure")
                || l.contains("all-answered-alike"));
        assertThat(lines).noneMatch(l -> l.startsWith("unit,0380-hvb-demo-eken") && !l.endsWith(",protected,all"));
        byte[] xlsx = given().auth().oauth2(TestApi.adminToken())
                .get("/api/v1/results/rounds/" + rounds.get(1) + "/export.xlsx").then().statusCode(200).extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(lines.size() - 1);
        }
    }

    @Test
    void municipalityReport_isSwedishAndRendered() throws IOException {
        byte[] pdf = given().auth().oauth2(TestApi.adminToken()).queryParam("municipality", "0180")
                .get("/api/v1/results/rounds/" + rounds.get(1) + "/report.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Path out = Path.of("target", "report-municipality.pdf");
        Files.write(out, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Stockholm", "Svarsfrekvens", "Trygghet", "Hela landet", "Förra undersökningen",
                    "Så skyddas barnens anonymitet");
        }
        byte[] national = given().auth().oauth2(TestApi.adminToken())
                .get("/api/v1/results/rounds/" + rounds.get(1) + "/report.pdf").then().statusCode(200).extract()
                .asByteArray();
        Files.write(Path.of("target", "report-national.pdf"), national);
    }
}
