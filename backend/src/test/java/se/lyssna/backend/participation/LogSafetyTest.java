package se.lyssna.backend.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Answers;
import se.lyssna.backend.support.TestApi;

/** Runs the whole participation path, including failures, then scans the captured log for secrets. */
@QuarkusTest
class LogSafetyTest {

    @Test
    void log_containsNoCodeTokenOrAnswer() throws Exception {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        List<String> codes = TestApi.codes(round, unit, 3);
        String token = TestApi.submissionToken(codes.get(0));
        String secretText = "Mitt namn är Kim Testsson " + UUID.randomUUID();
        TestApi.submit(token, "log-key", Answers.with("free-text-other", List.of(secretText))).then()
                .statusCode(201);
        TestApi.submit(token, "log-key-2", Answers.valid(1)).then().statusCode(409);
        TestApi.submit(TestApi.submissionToken(codes.get(1)), "k", Answers.with("try-safe-home", List.of("x")))
                .then().statusCode(422);
        TestApi.redeem(codes.get(0).replace('-', ' ')).then().statusCode(409);
        TestApi.redeem("2345-6789-ABCD").then().statusCode(404);

        String log = Files.readString(Path.of("target/quarkus-test.log"));
        assertThat(log).as("the log was written").contains("Serving");
        for (String code : codes) {
            assertThat(log).doesNotContain(code).doesNotContain(code.replace("-", ""));
        }
        assertThat(log).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1))
                .doesNotContain("2345-6789-ABCD").doesNotContain(secretText).doesNotContain("log-key");
    }
}
