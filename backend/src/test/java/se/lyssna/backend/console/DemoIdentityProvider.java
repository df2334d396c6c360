package se.lyssna.backend.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * A real, standard OpenID Connect provider on localhost for the demo and the console tests: mock-oauth2-server with
 * its interactive login, issuer {@code /lyssna}. Its login page offers the demo's users; each user's claims (roles
 * in {@code groups}, a facilitator's {@code units}) are configured here, the way a real provider maps its directory
 * groups to claims. Its access tokens name the API's audience ({@link #API_AUDIENCE}, what Keycloak's audience mapper
 * or Entra ID's app ID URI does), so the backend accepts them as it would a production provider's: checked against
 * this provider's JWKS and issuer (scripts/demo.sh sets {@code LYSSNA_JWKS_LOCATION} and {@code LYSSNA_JWT_ISSUER}).
 * The ID token keeps the client as its audience. Run {@code main [port]} to start it alone (scripts/demo.sh does).
 */
public final class DemoIdentityProvider implements AutoCloseable {
    public static final String ISSUER = "lyssna";
    public static final String FACILITATOR_UNIT = "0180-hvb-demo-solrosen";
    /** The backend's {@code lyssna.jwt.api-audience} (LYSSNA_JWT_AUDIENCE, default lyssna-api). */
    public static final String API_AUDIENCE = setting("LYSSNA_JWT_AUDIENCE", "lyssna-api");
    /** username -> claims of the ID and access token. */
    static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("admin", "{\"name\":\"Alva Admin\",\"groups\":[\"survey-admin\"]}");
        USERS.put("facilitator", "{\"name\":\"Fredrik Facilitator\",\"groups\":[\"facilitator\"],"
                + "\"units\":[\"" + FACILITATOR_UNIT + "\"]}");
    }

    private final MockOAuth2Server server;
    private final int port;

    private DemoIdentityProvider(int port) {
        this.port = port;
        // Access tokens for the API: its audience, one hour, a JWT header type (the login adds each user's claims).
        DefaultOAuth2TokenCallback apiTokens = new DefaultOAuth2TokenCallback(ISSUER, UUID.randomUUID().toString(),
                "JWT", List.of(API_AUDIENCE), Map.of(), 3600);
        this.server = new MockOAuth2Server(new OAuth2Config(true, loginPage().toString(), null, false,
                new OAuth2TokenProvider(), Set.of(apiTokens)));
        server.start(InetAddress.getLoopbackAddress(), port);
    }

    public static DemoIdentityProvider start(int port) {
        return new DemoIdentityProvider(port);
    }

    /** On a free port, for tests. */
    public static DemoIdentityProvider start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(port);
    }

    /** The issuer URL, which is also what quarkus.oidc.auth-server-url is set to. */
    public String issuer() {
        return "http://localhost:" + port + "/" + ISSUER;
    }

    @Override
    public void close() {
        server.shutdown();
    }

    /** Where the backend reads this provider's signing keys (LYSSNA_JWKS_LOCATION). */
    public String jwks() {
        return issuer() + "/jwks";
    }

    private static String setting(String env, String fallback) {
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The login page: one button per demo user; no JavaScript. */
    private static Path loginPage() {
        StringBuilder forms = new StringBuilder();
        USERS.forEach((user, claims) -> forms.append("<form method=\"post\">")
                .append("<input type=\"hidden\" name=\"username\" value=\"").append(user).append("\">")
                .append("<input type=\"hidden\" name=\"claims\" value=\"").append(claims.replace("\"", "&quot;"))
                .append("\"><button type=\"submit\">Logga in som ").append(user).append("</button></form>\n"));
        String html = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Logga in – Lyssnas"
                + " demoinloggning</title><style>body{font:16px/1.5 sans-serif;max-width:40rem;margin:2rem auto;"
                + "padding:0 1rem}button{font:inherit;padding:.5rem 1rem;margin:.25rem 0 1rem}</style></head><body>"
                + "<main><h1>Logga in</h1><p>Demoinloggning (mock-oauth2-server). I drift loggar du in hos din"
                + " organisations identitetsleverantör.</p>\n" + forms + "</main></body></html>";
        try {
            Path file = Files.createTempFile("lyssna-login", ".html");
            Files.writeString(file, html);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8180;
        DemoIdentityProvider provider = start(port);
        System.out.println("[oidc] demo identity provider: " + provider.issuer() + " (users: " + USERS.keySet() + ")");
        Runtime.getRuntime().addShutdownHook(new Thread(provider::close));
        Thread.currentThread().join();
    }
}
