package se.lyssna.app.facilitator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lyssna.app.support.RealBackend;

/**
 * The demo's sign-in end to end: the demo's own identity provider (started as scripts/demo.sh starts it), the REAL
 * backend configured as the demo configures it (the provider's JWKS and issuer), and the app's PKCE flow through the
 * provider's login page as the demo facilitator. The provider's access token opens the facilitator's own unit and
 * no other; the provider's ID token, same key, issuer and claims but another audience, opens nothing.
 */
@Tag("e2e")
class ProviderTokenApiTest {
    private static final String SOLROSEN = "0180-hvb-demo-solrosen";
    private static final Path PROVIDER_CLASSES = Path.of("../backend/target/test-classes");
    private static final Pattern FORM = Pattern.compile("<form method=\"post\">(.*?)</form>", Pattern.DOTALL);
    private static final Pattern HIDDEN = Pattern.compile("name=\"(\\w+)\" value=\"([^\"]*)\"");
    private static Process provider;
    private static RealBackend backend;
    private static URI issuer;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startProviderAndBackend(@TempDir Path tmp) throws Exception {
        assumeTrue(RealBackend.packagedJar().isPresent(), "backend jar not built: mvn -pl backend package");
        assumeTrue(Files.isRegularFile(PROVIDER_CLASSES.resolve(
                "se/lyssna/backend/console/DemoIdentityProvider.class")),
                "backend test classes not built: mvn -pl backend test-compile");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        provider = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                PROVIDER_CLASSES + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                "se.lyssna.backend.console.DemoIdentityProvider", String.valueOf(port)).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("oidc.log").toFile()).start();
        issuer = URI.create("http://localhost:" + port + "/lyssna");
        awaitProvider();
        backend = new RealBackend(RealBackend.packagedJar().get(), tmp)
                .environment("LYSSNA_OIDC_URL", issuer.toString())
                .environment("LYSSNA_JWKS_LOCATION", issuer + "/jwks")
                .environment("LYSSNA_JWT_ISSUER", issuer.toString());
        backend.start();
        // Seeding signs in with the backend's own demo token: its own key still counts beside the provider's JWKS.
        backend.seedDemoResults();
    }

    @AfterAll
    static void stop() throws Exception {
        if (backend != null) {
            backend.close();
        }
        if (provider != null) {
            provider.destroy();
            provider.waitFor();
        }
    }

    @Test
    void theProvidersAccessToken_opensTheFacilitatorsOwnUnit_andNoOther() throws Exception {
        SystemBrowserSignIn.ProviderTokens tokens = signInAsFacilitator();

        assertThat(get("/api/v1/units/" + SOLROSEN + "/actions", tokens.accessToken()).statusCode())
                .as("the facilitator's own unit, units claim from the provider").isEqualTo(200);
        assertThat(get("/api/v1/units/0180-hvb-demo-tallen/actions", tokens.accessToken()).statusCode())
                .as("a unit not in the token's units claim").isEqualTo(403);
    }

    @Test
    void aTokenOfTheSameProviderForAnotherAudience_isRefused401() throws Exception {
        SystemBrowserSignIn.ProviderTokens tokens = signInAsFacilitator();
        assertThat(tokens.idToken()).as("the ID token, audience lyssna-app").isNotBlank();

        HttpResponse<String> refused = get("/api/v1/units/" + SOLROSEN + "/actions", tokens.idToken());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> v.startsWith("Bearer"));
    }

    private SystemBrowserSignIn.ProviderTokens signInAsFacilitator() throws IOException {
        return new SystemBrowserSignIn(new OidcSettings(issuer, OidcSettings.DEFAULT_CLIENT_ID))
                .signInTokens(this::signInOnTheLoginPage, Duration.ofMinutes(1), "<p>ok</p>");
    }

    /** What the adult does in the browser: the demo's login page, "Logga in som facilitator", back to the app. */
    private void signInOnTheLoginPage(URI authorize) throws IOException {
        try {
            String page = http.send(HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            String form = FORM.matcher(page).results().map(m -> m.group(1))
                    .filter(f -> f.contains("Logga in som facilitator")).findFirst().orElseThrow();
            StringJoiner fields = new StringJoiner("&");
            Matcher hidden = HIDDEN.matcher(form);
            while (hidden.find()) {
                fields.add(hidden.group(1) + "=" + URLEncoder.encode(hidden.group(2).replace("&quot;", "\""),
                        StandardCharsets.UTF_8));
            }
            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(authorize)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(fields.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            URI back = URI.create(signedIn.headers().firstValue("Location").orElseThrow());
            http.send(HttpRequest.newBuilder(back).build(), HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(backend.uri().resolve(path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitProvider() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 100; i++) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            assertThat(provider.isAlive()).as("the demo identity provider runs").isTrue();
            Thread.sleep(200);
        }
        throw new IllegalStateException("the demo identity provider did not start: " + List.of(issuer));
    }
}
