package se.lyssna.backend.questionnaires;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Database;

@QuarkusTest
class QuestionnaireResourceTest {
    @jakarta.inject.Inject
    Database database;

    @Test
    void list_returnsTheThreeNationalQuestionnaires() {
        given().get("/api/v1/questionnaires").then().statusCode(200)
                .body("key", hasItems("national-7-12", "national-13-17", "national-18-21"))
                .body("find { it.key == 'national-7-12' }.ageBand.from", equalTo(7))
                .body("find { it.key == 'national-18-21' }.locales", hasItems("sv", "sv-x-easy", "en", "ar"));
    }

    @Test
    void version_servesTheHelpLinesOfItsAges() {
        given().get("/api/v1/questionnaires/national-7-12/versions/2026.1?locale=ar").then().statusCode(200)
                .body("helpLines.dial", equalTo(java.util.List.of("116111")))
                .body("helpLines[0].text", containsString("116 111"));
        // Bris is for children under 18: young adults get services for adults instead.
        given().get("/api/v1/questionnaires/national-18-21/versions/2026.1?locale=sv").then().statusCode(200)
                .body("helpLines.dial", equalTo(java.util.List.of("90101", "087021680")))
                .body("helpLines.name", hasItems("Mind Självmordslinjen"));
    }

    @Test
    void theLine_servesFacesOnItsEndsAndMiddle_forTheApp() {
        // Older versions too: the pictures are presentation (pictograms.yaml), outside the locked content.
        for (String version : new String[] {"2026.2", "2026.3"}) {
            given().get("/api/v1/questionnaires/national-7-12/versions/" + version + "?locale=sv").then()
                    .statusCode(200)
                    .body("items.find { it.id == 'hal-life-now' }.options.findAll { it.face != null }.value",
                            equalTo(java.util.List.of("0", "5", "10")))
                    .body("items.find { it.id == 'hal-life-now' }.options.find { it.value == '0' }.face",
                            equalTo("face-very-sad"));
        }
    }

    @Test
    void version_inSwedish_servesItemsWithScalesAndSkipLogic() {
        given().get("/api/v1/questionnaires/national-13-17/versions/2026.1?locale=sv").then().statusCode(200)
                .body("locale", equalTo("sv")).body("direction", equalTo("ltr"))
                .body("background[0].id", equalTo("bg-age-band"))
                .body("background[0].required", equalTo(true))
                .body("items.find { it.id == 'bem-info-understand' }.options.value",
                        hasItems("agree", "dont-know", "no-answer"))
                .body("items.find { it.id == 'del-sw-met-count' }.showIf.item", equalTo("del-sw-same"))
                .body("items.find { it.id == 'hal-life-now' }.max", equalTo(10))
                .body("items.find { it.id == 'bem-info-understand' }.audio", startsWith("sv/"));
    }

    @Test
    void version_servesEachAnswersOwnPicture_evenOfAPublishedVersion() {
        // Published 2026.1's scale says face-happy for both agree answers; the answer-pictures table tells them apart.
        given().get("/api/v1/questionnaires/national-13-17/versions/2026.1?locale=sv").then().statusCode(200)
                .body("items.find { it.id == 'bem-info-understand' }.options.face", contains("face-very-happy",
                        "face-happy", "face-neutral", "face-sad", "face-very-sad", "face-unsure", "face-closed"))
                .body("items.find { it.id == 'del-sw-same' }.options.face", hasItems("answer-yes", "answer-no"));
    }

    @Test
    void version_inArabic_isRightToLeft() {
        given().get("/api/v1/questionnaires/national-13-17/versions/2026.1?locale=ar").then().statusCode(200)
                .body("direction", equalTo("rtl")).body("title", notNullValue());
    }

    @Test
    void version_withoutLocale_usesTheSourceLocale() {
        given().get("/api/v1/questionnaires/national-7-12/versions/2026.1").then().statusCode(200)
                .body("locale", equalTo("sv"));
    }

    @Test
    void unknownKey_isProblem404() {
        given().get("/api/v1/questionnaires/nope/versions/2026.1").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404))
                .body("detail", containsString("nope"));
    }

    @Test
    void unknownVersion_isProblem404() {
        given().get("/api/v1/questionnaires/national-13-17/versions/1999.1").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("1999.1"));
    }

    @Test
    void unknownLocale_isProblem400NamingTheOfferedLocales() {
        given().get("/api/v1/questionnaires/national-13-17/versions/2026.1?locale=xx").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("sv-x-easy"))
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }

    @Test
    void versions_areRecordedInPostgres() {
        org.assertj.core.api.Assertions.assertThat(database.strings(
                        "select key || '@' || version from questionnaire_version where status = 'PUBLISHED'"))
                .contains("national-7-12@2026.1", "national-13-17@2026.1", "national-13-17@2025.1",
                        "national-18-21@2026.1");
    }
}
