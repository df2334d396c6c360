package se.lyssna.backend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged applications, started as a child would meet them: the production build (target/quarkus-app, build
 * profile prod) has no demo endpoint even when started with every demo switch on (runtime profile demo,
 * lyssna.demo.enabled, lyssna.demo.seed); the demo build (target/demo-app) does, which shows the same probes would
 * see an endpoint if the production build had one. The production jar holds no class file of the demo package at all.
 */
class ProdBuildHasNoDemoIT {
    private static final Path BUILD = Path.of(System.getProperty("lyssna.build.dir", "target"));
    private static final String DEMO_PACKAGE = "se/lyssna/backend/demo/";
    private static final String TOKEN_REQUEST = "{\"role\":\"survey-admin\"}";

    @Test
    void productionBuild_hasNoDemoEndpoint_whateverItsConfigurationSays() throws Exception {
        try (Launched app = Launched.start(BUILD.resolve("quarkus-app/quarkus-run.jar"))) {
            assertThat(app.post("/api/v1/demo/tokens", TOKEN_REQUEST).statusCode()).isEqualTo(404);
            assertThat(app.post("/api/v1/demo/results", "").statusCode()).isEqualTo(404);
            assertThat(app.get("/q/openapi").body()).contains("/api/v1/questionnaires").doesNotContain("/demo/");
        }
    }

    @Test
    void productionJar_holdsNoDemoClassFile_theDemoJarDoes() throws IOException {
        assertThat(demoEntries(BUILD.resolve("quarkus-app/app"))).as("demo class files in the production jar; list"
                + " them in %prod.quarkus.package.jar.user-configured-ignored-entries").isEmpty();
        assertThat(demoEntries(BUILD.resolve("demo-app/app"))).contains(DEMO_PACKAGE + "DemoTokenResource.class");
    }

    /** The entries of the demo package in the application jar(s) of a packaged build's app directory. */
    private static List<String> demoEntries(Path appDir) throws IOException {
        assertThat(appDir).isDirectory();
        List<String> found = new java.util.ArrayList<>();
        try (var jars = Files.list(appDir)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
                    zip.stream().filter(e -> !e.isDirectory()).map(java.util.zip.ZipEntry::getName)
                            .filter(n -> n.startsWith(DEMO_PACKAGE))
                            .forEach(found::add);
                }
            }
        }
        return found;
    }

    @Test
    void demoBuild_hasTheDemoEndpoints() throws Exception {
        try (Launched app = Launched.start(BUILD.resolve("demo-app/quarkus-run.jar"))) {
            HttpResponse<String> token = app.post("/api/v1/demo/tokens", TOKEN_REQUEST);
            assertThat(token.statusCode()).isEqualTo(200);
            assertThat(token.body()).contains("\"token\"");
            assertThat(app.get("/q/openapi").body()).contains("/api/v1/demo/tokens");
        }
    }

    /** A packaged backend in its own process, against the test database, with demo secrets and demo settings. */
    private static final class Launched implements AutoCloseable {
        private final Process process;
        private final Path log;
        private final String base;
        private final HttpClient http = HttpClient.newHttpClient();

        private Launched(Process process, Path log, int port) {
            this.process = process;
            this.log = log;
            this.base = "http://127.0.0.1:" + port;
        }

        static Launched start(Path jar) throws IOException, InterruptedException {
            assertThat(jar).as("packaged by mvn package").isRegularFile();
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String db = System.getenv().getOrDefault("LYSSNA_TEST_DB_URL",
                    "jdbc:postgresql://localhost:5432/lyssna_test");
            Path log = Files.createTempFile(BUILD, "it-backend-", ".log");
            Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Dquarkus.profile=demo", "-Dlyssna.demo.enabled=true", "-Dlyssna.demo.seed=false",
                    "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
                    "-Dquarkus.datasource.jdbc.url=" + db, "-Dlyssna.demo-secrets=true",
                    "-Dlyssna.secrets-dir=" + BUILD.resolve("test-secrets"), "-jar", jar.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Launched app = new Launched(process, log, port);
            app.awaitReady();
            return app;
        }

        private void awaitReady() throws IOException, InterruptedException {
            // Not a speed target: the limit only keeps a broken start from hanging the build.
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(giveUp)) {
                if (!process.isAlive()) {
                    throw new AssertionError("the backend exited: " + Files.readString(log));
                }
                try {
                    if (get("/q/health/ready").statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYetListening) {
                    // keep waiting
                }
                Thread.sleep(500);
            }
            throw new AssertionError("the backend was not ready within 3 minutes: " + Files.readString(log));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                    "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
