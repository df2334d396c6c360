package se.lyssna.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The REAL backend: the packaged Quarkus jar started as a subprocess on a free port against the lyssna_app_test
 * database, as docs/api-contract.md "Demo and test set-up" describes. It can be stopped and started again on the
 * same port (same secrets dir, so submission tokens stay valid).
 */
public class RealBackend implements AutoCloseable {
    private final Path jar;
    private final Path secrets;
    private final Path audio;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Process process;
    private String adminToken;

    public RealBackend(Path jar, Path workDir) throws IOException {
        this.jar = jar;
        this.secrets = Files.createDirectories(workDir.resolve("secrets"));
        this.audio = Files.createDirectories(workDir.resolve("audio"));
        this.log = workDir.resolve("backend.log");
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /** The jar named by -Dlyssna.backend.jar (set by the pom), if it was built. */
    public static java.util.Optional<Path> packagedJar() {
        String configured = System.getProperty("lyssna.backend.jar", "");
        Path jar = Path.of(configured.isBlank() ? "../backend/target/demo-app/quarkus-run.jar" : configured);
        return Files.isRegularFile(jar) ? java.util.Optional.of(jar) : java.util.Optional.empty();
    }

    /** An environment variable for the backend's next start (e.g. the identity provider's LYSSNA_JWKS_LOCATION). */
    public RealBackend environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public void start() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.profile=demo", "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
                "-Dlyssna.demo-secrets=true", "-Dlyssna.secrets-dir=" + secrets, "-Dlyssna.audio.dir=" + audio,
                "-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // LYSSNA_APP_TEST_DB_URL lets parallel checkouts each use their own database.
        pb.environment().put("LYSSNA_DB_URL", System.getenv().getOrDefault("LYSSNA_APP_TEST_DB_URL",
                "jdbc:postgresql://localhost:5432/lyssna_app_test"));
        pb.environment().putAll(environment);
        process = pb.start();
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("backend exited; see " + log + ":\n" + tail());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri().resolve("/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("backend not ready in 90 s; see " + log + ":\n" + tail());
    }

    /** Kills the backend: the app now sees a refused connection, as when offline. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    /** Opens a round for a fresh unit and returns it with its codes. */
    public Round openRound(int codes) throws IOException, InterruptedException {
        adminToken = post("/api/v1/demo/tokens", Map.of("role", "survey-admin"), null).path("token").asText();
        String unit = "0180-hvb-test-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/v1/admin/units", Map.of("code", unit, "name", "Testhemmet", "kind", "hvb",
                "municipality", "0180"), adminToken);
        JsonNode round = post("/api/v1/admin/rounds", Map.of("name", "Test " + unit,
                "questionnaire", Map.of("key", "national-13-17", "version", "2026.1"), "units", List.of(unit),
                "opensOn", LocalDate.now().minusDays(1).toString(),
                "closesOn", LocalDate.now().plusMonths(1).toString()), adminToken);
        String roundId = round.path("id").asText();
        JsonNode created = post("/api/v1/admin/rounds/" + roundId + "/codes", Map.of("unit", unit, "count", codes),
                adminToken);
        List<String> list = new ArrayList<>();
        created.path("codes").forEach(c -> list.add(c.asText()));
        return new Round(roundId, unit, list);
    }

    /**
     * Seeds the demo results (idempotent): the demo units, incl. 0180-hvb-demo-solrosen and the too small
     * 0180-sb-demo-kajen, and the closed, published rounds "Demo 2025" and "Demo 2026". Returns their IDs, oldest
     * first.
     */
    public List<String> seedDemoResults() throws IOException, InterruptedException {
        ensureAdmin();
        JsonNode seeded = post("/api/v1/demo/results", Map.of(), adminToken);
        List<String> ids = new ArrayList<>();
        seeded.path("rounds").forEach(r -> ids.add(r.asText()));
        return ids;
    }

    /** A demo facilitator token for the given units. */
    public String facilitatorToken(String... units) throws IOException, InterruptedException {
        return post("/api/v1/demo/tokens", Map.of("role", "facilitator", "units", List.of(units)), null)
                .path("token").asText();
    }

    /** Records an action as a facilitator of the unit would (POST …/actions). */
    public void recordAction(String unit, Map<String, Object> action) throws IOException, InterruptedException {
        post("/api/v1/units/" + unit + "/actions", action, facilitatorToken(unit));
    }

    /** Deletes a unit's actions whose "you said" contains the marker (tests clean up what they recorded). */
    public void deleteActions(String unit, String marker) throws IOException, InterruptedException {
        String token = facilitatorToken(unit);
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(uri().resolve("/api/v1/units/" + unit
                + "/actions")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode a : json.readTree(list.body())) {
            if (a.path("youSaid").asText().contains(marker)) {
                http.send(HttpRequest.newBuilder(uri().resolve("/api/v1/units/" + unit + "/actions/"
                        + a.path("id").asText())).header("Authorization", "Bearer " + token).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    private void ensureAdmin() throws IOException, InterruptedException {
        if (adminToken == null) {
            adminToken = post("/api/v1/demo/tokens", Map.of("role", "survey-admin"), null).path("token").asText();
        }
    }

    /** How many codes have a stored submission (one used code = one stored response). */
    public int codesUsed(String roundId) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri().resolve("/api/v1/admin/rounds/" + roundId
                + "/monitoring")).header("Authorization", "Bearer " + adminToken).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("monitoring: " + r.statusCode() + " " + r.body());
        }
        return json.readTree(r.body()).path("codesUsed").asInt();
    }

    private JsonNode post(String path, Object body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body().isBlank() ? json.createObjectNode() : json.readTree(r.body());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** A round with its unit and fresh codes. */
    public record Round(String id, String unit, List<String> codes) {
    }
}
