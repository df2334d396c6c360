package se.lyssna.backend.actions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.ResultFixtures;
import se.lyssna.backend.support.TestApi;

@QuarkusTest
class ActionMeetingMaterialTest {

    private static String pageText(PDDocument pdf, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    @Test
    void meetingPdf_hasACoverAndAPagePerArea_withQuestionsResultsBoxActionsAndNotes() throws Exception {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        String token = TestApi.facilitatorToken(unit);
        Map<String, Object> done = ActionFixtures.action("status", "done");
        done.put("weDid", "Vi går en extra runda varje kväll sedan mars, och alla dörrar har fått lås.");
        done.put("round", round.toString());
        ActionFixtures.create(token, unit, done);
        for (int i = 0; i < 8; i++) {
            ActionFixtures.create(token, unit, ActionFixtures.action("area", "fritid"));
        }

        byte[] bytes = given().auth().oauth2(token).queryParam("round", round.toString())
                .get("/api/v1/units/" + unit + "/meeting.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/meeting-material-test.pdf"), bytes);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1 + 8);
            assertThat(pageText(pdf, 1)).contains("Brukarrådets möte", "Skolan", "Att känna sig trygg");
            String safety = pageText(pdf, 5);
            assertThat(safety).contains("Att känna sig trygg", "Det här frågade vi", "Jag känner mig trygg",
                    "Resultat", "Visas när resultaten är publicerade", "Klart", "extra runda", "Föreståndaren",
                    "Vad tycker vi? Vad gör vi?");
            assertThat(pageText(pdf, 8)).contains("Fritiden", "Planerad", "till. Se alla i Lyssna",
                    "Vad tycker vi? Vad gör vi?");
            assertThat(pageText(pdf, 7)).contains("Skolan", "Inga åtgärder ännu");
        }
    }

    @Test
    void meetingPdf_afterPublication_showsTheUnitsProtectedFiguresAndWhyOthersAreHidden() throws Exception {
        // Two units large enough, in different municipalities, so that no figure has to hide another.
        String shown = TestApi.newCareUnit("hvb");
        String other = "1480-hvb-meeting-" + UUID.randomUUID().toString().substring(0, 6);
        given().auth().oauth2(TestApi.adminToken()).contentType("application/json")
                .body(Map.of("code", other, "name", "Testhem Göteborg", "kind", "hvb", "municipality", "1480"))
                .post("/api/v1/admin/units").then().statusCode(201);
        UUID round = TestApi.openRound(shown, other);
        ResultFixtures.submitAll(round, shown, ResultFixtures.children(12, "girl", "boy"));
        ResultFixtures.submitAll(round, other, ResultFixtures.children(12, "girl", "boy"));
        TestApi.closeRound(round);
        // A unit whose round had too few children.
        String small = TestApi.newCareUnit("hvb");
        UUID smallRound = TestApi.openRound(small);
        ResultFixtures.submitAll(smallRound, small, ResultFixtures.children(2, "girl"));
        TestApi.closeRound(smallRound);

        String safety = pageText(meetingPdf(shown, round), 5);
        assertThat(safety).containsPattern("\\d+ av 100 svar hos oss var positiva \\(\\d+ svar\\)")
                .containsPattern("I hela landet: \\d+ av 100").doesNotContain("Visas när resultaten är publicerade");
        assertThat(pageText(meetingPdf(small, smallRound), 5)).contains("Här svarade för få")
                .doesNotContainPattern("\\d+ av 100 svar hos oss");
    }

    private static PDDocument meetingPdf(String unit, UUID round) throws Exception {
        byte[] bytes = given().auth().oauth2(TestApi.facilitatorToken(unit)).queryParam("round", round.toString())
                .get("/api/v1/units/" + unit + "/meeting.pdf").then().statusCode(200).extract().asByteArray();
        return Loader.loadPDF(bytes);
    }

    /** Also writes target/meeting-material-sample.pdf, from which docs/meeting-material-sample.png is rendered. */
    @Test
    void meetingPdf_sampleForDocs_withActionsInEveryStatus() throws Exception {
        String unit = "0180-hvb-solrosen-" + UUID.randomUUID().toString().substring(0, 6);
        given().auth().oauth2(TestApi.adminToken()).contentType("application/json")
                .body(Map.of("code", unit, "name", "HVB Solrosen", "kind", "hvb", "municipality", "0180"))
                .post("/api/v1/admin/units").then().statusCode(201);
        String round = given().auth().oauth2(TestApi.adminToken()).contentType("application/json")
                .body(Map.of("name", "Brukarundersökningen 2026",
                        "questionnaire", Map.of("key", "national-13-17", "version", "2026.1"),
                        "units", java.util.List.of(unit), "opensOn", TestApi.today().toString(),
                        "closesOn", TestApi.today().plusDays(30).toString()))
                .post("/api/v1/admin/rounds").then().statusCode(201).extract().path("id");
        String token = TestApi.facilitatorToken(unit);
        sampleAction(token, unit, round, "try-privacy", "done", "Flera av er sa att personalen går in i rummen"
                + " utan att knacka.", "Alla i personalen knackar och väntar på svar innan de går in.",
                "Sedan mars knackar alla. Vi frågar er vid varje husmöte om det fungerar.", "Föreståndaren");
        sampleAction(token, unit, round, "try-stay", "in-progress", "Många är oroliga för att behöva flytta"
                + " igen.", "Socialsekreteraren berättar i god tid om planen framåt, vid varje besök.", null,
                "Enhetschefen");
        sampleAction(token, unit, round, "try-like-home", "planned", "Vardagsrummet känns inte som ett hem.",
                "Ni får välja nya färger och möbler till vardagsrummet i höst.", null, "Husmötet");
        byte[] bytes = given().auth().oauth2(token).queryParam("round", round)
                .get("/api/v1/units/" + unit + "/meeting.pdf").then().statusCode(200).extract().asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/meeting-material-sample.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(9);
            assertThat(pageText(pdf, 5)).contains("Klart", "Pågår", "Planerad", "HVB Solrosen");
        }
    }

    private static void sampleAction(String token, String unit, String round, String item, String status,
                                     String youSaid, String weDecided, String weDid, String responsible) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("round", round);
        body.put("area", "trygghet");
        body.put("item", item);
        body.put("status", status);
        body.put("youSaid", youSaid);
        body.put("weDecided", weDecided);
        body.put("responsible", responsible);
        if (weDid != null) {
            body.put("weDid", weDid);
        }
        ActionFixtures.create(token, unit, body);
    }

    @Test
    void meetingPdf_withoutRound_usesTheUnitsLatestRound_andAdminMayFetchIt() {
        String unit = TestApi.newCareUnit("familjehem");
        TestApi.openRound(unit);
        given().auth().oauth2(TestApi.adminToken()).get("/api/v1/units/" + unit + "/meeting.pdf").then()
                .statusCode(200).contentType("application/pdf");
    }

    @Test
    void meetingPdf_isForbiddenForOtherUnits_andNotFoundWithoutARound() {
        String unit = TestApi.newCareUnit("hvb");
        String other = TestApi.newCareUnit("hvb");
        TestApi.openRound(unit);
        given().auth().oauth2(TestApi.facilitatorToken(other)).get("/api/v1/units/" + unit + "/meeting.pdf")
                .then().statusCode(403);
        given().auth().oauth2(TestApi.facilitatorToken(other)).get("/api/v1/units/" + other + "/meeting.pdf")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void meetingPdf_survivesTextsOutsideTheFontsCharacterSet() throws Exception {
        String unit = TestApi.newCareUnit("hvb");
        TestApi.openRound(unit);
        String token = TestApi.facilitatorToken(unit);
        ActionFixtures.create(token, unit, ActionFixtures.action("youSaid", "نريد المزيد من الأنشطة 🙂\tok"));
        byte[] bytes = given().auth().oauth2(token).get("/api/v1/units/" + unit + "/meeting.pdf").then()
                .statusCode(200).extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pageText(pdf, 5)).contains("? ok");
        }
    }
}
