package se.lyssna.backend.rounds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Answers;
import se.lyssna.backend.support.SettableClock;
import se.lyssna.backend.support.TestApi;

/**
 * A round opens and closes at midnight in Sweden, not in the JVM's zone: the JVM runs in UTC here, as in a
 * container, and the backend's clock is moved across the Swedish midnights by hand. In UTC those moments are still
 * the previous day (one hour behind in winter, two in summer).
 */
@QuarkusTest
class SwedishMidnightTest {
    private final SettableClock clock = new SettableClock(ZoneId.of("Europe/Stockholm"), Instant.now());
    private TimeZone jvmZone;

    @BeforeEach
    void jvmInUtc() {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(jvmZone);
    }

    @Test
    void round_opensAtSwedishMidnight_andClosesAtTheMidnightAfterItsLastDay() {
        assertThat(ZoneId.systemDefault().normalized()).isEqualTo(ZoneOffset.UTC);
        String unit = TestApi.newCareUnit("hvb");
        // 15 March 2027 is winter time (UTC+1); 20 June 2027 summer time (UTC+2).
        clock.set("2027-03-14T22:59:00Z");
        UUID round = TestApi.openRound(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 6, 20), unit);
        List<String> codes = TestApi.codes(round, unit, 3);
        assertState(round, "scheduled");
        TestApi.redeem(codes.get(0)).then().statusCode(410).body("type", equalTo(
                "https://lyssna.se/problems/round-closed"));

        clock.set("2027-03-14T23:00:00Z"); // 00:00 on 15 March in Stockholm, still the 14th in UTC
        assertState(round, "open");
        String early = TestApi.submissionToken(codes.get(0));
        TestApi.submit(early, UUID.randomUUID().toString(), Answers.valid(0)).then().statusCode(201);

        clock.set("2027-06-20T21:59:59Z"); // 23:59:59 on the last day in Stockholm
        assertState(round, "open");
        String late = TestApi.submissionToken(codes.get(1));

        clock.set("2027-06-20T22:00:00Z"); // 00:00 on 21 June in Stockholm, still the 20th in UTC
        assertState(round, "closed");
        TestApi.submit(late, UUID.randomUUID().toString(), Answers.valid(0)).then().statusCode(410)
                .contentType("application/problem+json").body("status", equalTo(410));
        TestApi.redeem(codes.get(2)).then().statusCode(410);
        given().auth().oauth2(TestApi.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("unit", unit, "count", 1)).post("/api/v1/admin/rounds/" + round + "/codes")
                .then().statusCode(410);

        TestApi.closeRound(round);
        assertState(round, "closed");
    }

    private static void assertState(UUID round, String state) {
        given().auth().oauth2(TestApi.adminToken()).get("/api/v1/admin/rounds/" + round).then().statusCode(200)
                .body("state", equalTo(state));
    }
}
