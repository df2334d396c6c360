package se.lyssna.backend.results;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.participation.CodeGuessingGuard;
import se.lyssna.backend.participation.CodeIssuer;
import se.lyssna.backend.support.ResultFixtures;
import se.lyssna.backend.support.TestApi;

/** A child's code, used or not, opens its unit's published results: never consumed, throttled like redemption. */
@QuarkusTest
class FeedbackByCodeTest {
    private static String unit;
    private static UUID round;
    private static List<String> codes;

    @Inject
    CodeGuessingGuard guard;
    @Inject
    CodeIssuer issuer;

    @BeforeEach
    void publishOnce() {
        guard.reset();
        if (round != null) {
            return;
        }
        unit = TestApi.newCareUnit("hvb");
        round = TestApi.openRound(unit);
        codes = TestApi.codes(round, unit, 9);
        List<Map<String, Object>> children = ResultFixtures.children(6, "girl", "boy");
        for (int i = 0; i < children.size(); i++) {
            TestApi.submit(TestApi.submissionToken(codes.get(i)), UUID.randomUUID().toString(), children.get(i))
                    .then().statusCode(201);
        }
        TestApi.closeRound(round);
    }

    @AfterEach
    void forgetGuesses() {
        guard.reset();
    }

    private static Response byCode(String code) {
        return given().contentType(ContentType.JSON).body(Map.of("code", code)).post("/api/v1/feedback/by-code");
    }

    @Test
    void usedCode_opensItsUnitsLatestPublishedResults_asTypedOnTheLetter() {
        // Typed as a child might: lower case, no dashes.
        byCode(codes.get(0).toLowerCase(Locale.ROOT).replace("-", "")).then().statusCode(200)
                .body("roundId", equalTo(round.toString())).body("unit.code", equalTo(unit))
                .body("published", equalTo(true)).body("respondents", notNullValue())
                .body("areas.size()", org.hamcrest.Matchers.greaterThan(0));
        // Asking again works: looking is not using.
        byCode(codes.get(0)).then().statusCode(200);
        TestApi.redeem(codes.get(0)).then().statusCode(409);
    }

    @Test
    void usedAndUnusedCodes_getTheSameAnswer_soNothingTellsWhetherAChildTookPart() {
        String used = byCode(codes.get(1)).then().statusCode(200).extract().asString();
        String unused = byCode(codes.get(8)).then().statusCode(200).extract().asString();
        assertThat(unused).isEqualTo(used);
    }

    @Test
    void codeOfAnOpenRound_isNotConsumed_andItsUnitWithoutResultsIsA404ThatNamesNoUnit() {
        String fresh = TestApi.newCareUnit("hvb");
        UUID open = TestApi.openRound(fresh);
        String code = TestApi.codes(open, fresh, 1).get(0);
        byCode(code).then().statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/results-not-published")).body("detail", not(containsString(fresh)));
        byCode(code).then().statusCode(404);
        TestApi.redeem(code).then().statusCode(201);
    }

    @Test
    void unknownCode_getsRedemptionsAnswer_andWrongCodesHereAndThereShareOneThrottle() {
        String unknownDetail = TestApi.redeem("2222-3333-4445").then().statusCode(404).extract().path("detail");
        byCode("2222-3333-4446").then().statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/not-found")).body("detail", equalTo(unknownDetail));
        byCode("not a code").then().statusCode(404);
        for (int i = 0; i < 2; i++) {
            byCode("2222-3333-444" + (i + 7)).then().statusCode(404);
        }
        // Five wrong codes in all, on both endpoints: the sixth try on either is refused, even with a real code.
        byCode(codes.get(0)).then().statusCode(429).header("Retry-After", notNullValue())
                .contentType("application/problem+json");
        TestApi.redeem(codes.get(8)).then().statusCode(429);
        guard.reset();
        byCode(codes.get(0)).then().statusCode(200);
    }

    @Test
    void voidedCode_getsRedemptions410_andNoResults() {
        String code = codes.get(7);
        issuer.voidCode(round, code);
        byCode(code).then().statusCode(410).contentType("application/problem+json")
                .body("type", endsWith("code-voided")).body("unit", org.hamcrest.Matchers.nullValue());
        TestApi.redeem(code).then().statusCode(410).body("type", endsWith("code-voided"));
    }

    @Test
    void missingOrBlankCode_is400() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/feedback/by-code").then().statusCode(400)
                .contentType("application/problem+json");
        byCode(" ").then().statusCode(400);
    }
}
