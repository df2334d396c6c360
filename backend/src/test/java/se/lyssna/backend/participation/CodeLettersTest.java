package se.lyssna.backend.participation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.TestApi;

@QuarkusTest
class CodeLettersTest {

    @Test
    void letters_onePagePerCodeWithCodeHelpAndAnonymity() throws Exception {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        byte[] pdf = given().auth().oauth2(TestApi.adminToken()).contentType("application/json")
                .accept("application/pdf").body(Map.of("unit", unit, "count", 3))
                .post("/api/v1/admin/rounds/" + round + "/codes").then().statusCode(201)
                .contentType("application/pdf").extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String page = stripper.getText(document);
            assertThat(page).containsPattern("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}")
                    .contains("116 111").contains("Nobody knows what you answer").contains("Din kod");
        }
        // The codes on the letters are real: the monitoring counts them.
        given().auth().oauth2(TestApi.adminToken()).get("/api/v1/admin/rounds/" + round + "/monitoring").then()
                .statusCode(200).body("codesIssued", org.hamcrest.Matchers.equalTo(3));
    }

    @Test
    void aLetterForEveryAge_namesTheHelpLinesOfEachBand() throws Exception {
        String unit = TestApi.newCareUnit("familjehem");
        UUID round = TestApi.openRoundWithBands(TestApi.nationalBands(), unit);
        byte[] pdf = given().auth().oauth2(TestApi.adminToken()).contentType("application/json")
                .accept("application/pdf").body(Map.of("unit", unit, "count", 1))
                .post("/api/v1/admin/rounds/" + round + "/codes").then().statusCode(201).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String page = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            // Bris is for children under 18; young adults get adult services (numbers marked for review).
            assertThat(page).contains("7–17: Ring eller chatta med Bris på 116 111").contains("18–21: ")
                    .contains("90101").contains("08-702 16 80");
            assertThat(page.indexOf("116 111")).isLessThan(page.indexOf("18–21: "));
        }
    }
}
