package se.lyssna.backend.participation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Answers;
import se.lyssna.backend.support.Database;
import se.lyssna.backend.support.ScratchPostgres;
import se.lyssna.backend.support.TestApi;

/**
 * Stops our own PostgreSQL server while the backend runs: every request that needs the database gets 503 with
 * Retry-After (never 500), readiness goes down, and once the server is back the same retry succeeds, once.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ScratchDatabase.class)
class DatabaseOutageTest {
    @Inject
    Database database;

    public static class ScratchDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ScratchPostgres.class));
        }
    }

    @Test
    void databaseDown_gives503WithRetryAfter_andRecoversByItself() {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        List<String> codes = TestApi.codes(round, unit, 3);
        String token = TestApi.submissionToken(codes.get(0));
        given().get("/q/health/ready").then().statusCode(200);

        ScratchPostgres.stopServer();
        try {
            TestApi.submit(token, "outage-key", Answers.valid(1)).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue())
                    .body("status", equalTo(503));
            TestApi.redeem(codes.get(1)).then().statusCode(503).header("Retry-After", notNullValue());
            given().auth().oauth2(TestApi.adminToken()).get("/api/v1/admin/rounds/" + round + "/monitoring").then()
                    .statusCode(503).header("Retry-After", notNullValue());
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            ScratchPostgres.startServer();
        }

        // Recovery is the pool's business: the first requests after the restart may still meet broken connections,
        // which must also be 503, until a fresh connection succeeds.
        int status = 0;
        for (int attempt = 0; attempt < 20 && status != 201; attempt++) {
            status = TestApi.submit(token, "outage-key", Answers.valid(1)).statusCode();
            assertThat(status).as("status during recovery").isIn(201, 503);
        }
        assertThat(status).isEqualTo(201);
        TestApi.submit(token, "outage-key", Answers.valid(1)).then().statusCode(201);
        given().get("/q/health/ready").then().statusCode(200);
        assertThat(database.count("select count(*) from response_inbox where round_id = '" + round + "'"))
                .isEqualTo(1);
    }
}
