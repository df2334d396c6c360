package se.lyssna.backend.participation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Database;
import se.lyssna.backend.support.TestApi;

/**
 * Sends SubmissionFuzzTest's kept inputs and mutations of them through the real endpoint and database: no input may
 * give 5xx, and a refused one stores nothing. {@code -Dlyssna.fuzz.mutations=N} sends more mutations (default 300).
 */
@QuarkusTest
class SubmissionEndpointFuzzTest {
    private static final Path INPUTS = Path.of("src/test/resources/se/lyssna/backend/participation/"
            + "SubmissionFuzzTestInputs/submissionBody");
    /** What tends to break readers and validators, spliced into inputs. */
    private static final List<String> TOKENS = List.of("\\u0000", "\\ud800", "\\udfff", "\"", "{", "}", "[", "]",
            ",", ":", "null", "true", "-0", "1e999", "+5", "\u0665", "\u00e5", "\ud83d\ude00", "\"\":[]",
            "\"free-text-other\":[\"x\"]", "\"del-sw-same\":[null]", " ", "\\\\", "\\x", "9".repeat(30));

    @Inject
    Database database;

    @Test
    void keptInputsAndMutations_neverGive5xxAndRefusalsStoreNothing() throws Exception {
        List<byte[]> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(INPUTS)) {
            for (Path file : files.sorted().toList()) {
                inputs.add(Files.readAllBytes(file));
            }
        }
        String valid = Files.readString(INPUTS.resolve("valid"));
        Random random = new Random(12);
        int mutations = Integer.getInteger("lyssna.fuzz.mutations", 300);
        for (int i = 0; i < mutations; i++) {
            inputs.add(mutate(valid, random).getBytes(StandardCharsets.UTF_8));
        }

        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        List<String> codes = new ArrayList<>(TestApi.codes(round, unit, 40));
        String token = TestApi.submissionToken(codes.remove(0));
        List<String> wrong = new ArrayList<>();
        int accepted = 0;
        for (byte[] input : inputs) {
            String before = database.storedState();
            Response response = given().auth().oauth2(token).contentType("application/json").body(input)
                    .header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/responses");
            int status = response.statusCode();
            String shown = new String(input, StandardCharsets.UTF_8);
            if (status >= 500) {
                wrong.add(status + " for " + shown);
            } else if (status == 201) {
                accepted++;
                if (!codes.isEmpty()) {
                    token = TestApi.submissionToken(codes.remove(0));
                }
            } else if (!database.storedState().equals(before)) {
                wrong.add("stored although refused with " + status + ": " + shown);
            } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                wrong.add(status + " without problem details for " + shown);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(accepted).as("some inputs are valid answers and were stored").isPositive();
    }

    /** One to three edits: splice in a token, delete a span, or duplicate a span. */
    private static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(8)));
                default -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(20))));
            }
        }
        return s.toString();
    }
}
