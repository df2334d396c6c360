package se.lyssna.backend.participation;

import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Database;
import se.lyssna.backend.support.TestApi;

@QuarkusTest
class CodeGuessingTest {
    @Inject
    CodeGuessingGuard guard;
    @Inject
    Database database;

    @BeforeEach
    @AfterEach
    void cleanSlate() {
        guard.reset();
    }

    @Test
    void repeatedWrongCodes_get429WithRetryAfter_evenForARealCode() {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        String real = TestApi.codes(round, unit, 1).get(0);
        for (int i = 0; i < 5; i++) {
            TestApi.redeem("2222-3333-444" + (i + 5)).then().statusCode(404);
        }
        TestApi.redeem("2222-3333-4449").then().statusCode(429).header("Retry-After", notNullValue())
                .contentType("application/problem+json");
        TestApi.redeem(real).then().statusCode(429);
        guard.reset();
        TestApi.redeem(real).then().statusCode(201);
    }

    @Test
    void throttling_storesNoAddressAnywhere() {
        TestApi.redeem("ZZZZ-ZZZZ-ZZZZ").then().statusCode(404);
        org.assertj.core.api.Assertions.assertThat(database.count("select count(*) from information_schema.columns"
                + " where table_schema = 'public'"
                + " and column_name ~ '(^|_)(ip|addr|address|agent|device|useragent|user_agent)(_|$)'"))
                .isZero();
    }
}
