package se.lyssna.backend.participation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Answers;
import se.lyssna.backend.support.Database;
import se.lyssna.backend.support.TestApi;

/**
 * Runs the whole participation path, including rejected and failing inputs, then scans the backend's log and
 * PostgreSQL's own log for codes, tokens and a child's words.
 */
@QuarkusTest
class LogSafetyTest {
    @Inject
    Database database;

    @Test
    void logs_containNoCodeTokenOrAnswer() throws Exception {
        Path postgresLog = postgresLog();
        long postgresStart = Files.size(postgresLog);
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        List<String> codes = TestApi.codes(round, unit, 4);
        String token = TestApi.submissionToken(codes.get(0));
        String secretText = "Mitt namn är Kim Testsson " + UUID.randomUUID();
        String nulText = "Personalen Kalle slår mig " + UUID.randomUUID();
        TestApi.submit(token, "log-key", Answers.with("free-text-other", List.of(secretText))).then()
                .statusCode(201);
        TestApi.submit(token, "log-key-2", Answers.valid(1)).then().statusCode(409);
        String second = TestApi.submissionToken(codes.get(1));
        TestApi.submit(second, "k", Answers.with("try-safe-home", List.of("x"))).then().statusCode(422);
        // Inputs that used to reach the database and fail there, quoting the text in both logs.
        TestApi.submit(second, "k", Answers.with("free-text-other", List.of(nulText + "\u0000"))).then()
                .statusCode(422);
        TestApi.submit(second, "k", Answers.with("free-text-other", List.of(nulText + "\ud800"))).then()
                .statusCode(422);
        given().contentType("application/json").auth().oauth2(second).body("{\"answers\":{\"free-text-other\":[\""
                + nulText + "\"]}} trailing").post("/api/v1/responses").then().statusCode(400);
        given().get("/api/v1/feedback/units/" + nulText.replace(" ", "%20") + "%00/latest").then().statusCode(400);
        TestApi.redeem(codes.get(0).replace('-', ' ')).then().statusCode(409);
        TestApi.redeem("2345-6789-ABCD").then().statusCode(404);
        // And a statement that fails inside PostgreSQL with a child's words in its data: the server's logging must
        // carry neither the statement nor the data's context (scripts/postgres.sh configures this).
        assertThat(database.fails("select cast('{\"free-text-other\":\"" + nulText + " \\u0000\"}' as jsonb)"))
                .isTrue();

        String log = Files.readString(Path.of("target/quarkus-test.log"));
        assertThat(log).as("the log was written").contains("Serving");
        String pgLog = readFrom(postgresLog, postgresStart);
        assertThat(pgLog).as("PostgreSQL logged the failing statement's error").contains("ERROR");
        for (String scanned : List.of(log, pgLog)) {
            for (String code : codes) {
                assertThat(scanned).doesNotContain(code).doesNotContain(code.replace("-", ""));
            }
            assertThat(scanned).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1))
                    .doesNotContain(second.substring(second.lastIndexOf('.') + 1))
                    .doesNotContain("2345-6789-ABCD").doesNotContain(secretText).doesNotContain("log-key")
                    .doesNotContain("Kim Testsson").doesNotContain("Kalle slår").doesNotContain("Kalle sl");
        }
    }

    /** PostgreSQL's log: LYSSNA_PG_LOG, or where Debian's pg_ctlcluster writes it for the server's cluster. */
    private Path postgresLog() {
        String configured = System.getenv("LYSSNA_PG_LOG");
        Path path = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of("/var/log/postgresql/postgresql-" + database.strings(
                        "select current_setting('cluster_name')").get(0).replace('/', '-') + ".log");
        assertThat(path).as("PostgreSQL's log (set LYSSNA_PG_LOG if it lives elsewhere)").isReadable();
        return path;
    }

    private static String readFrom(Path file, long offset) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(Math.min(offset, in.length()));
            byte[] bytes = new byte[(int) (in.length() - in.getFilePointer())];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
