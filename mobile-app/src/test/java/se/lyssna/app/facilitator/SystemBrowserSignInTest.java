package se.lyssna.app.facilitator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The facilitator's sign-in against a REAL OpenID Connect provider (mock-oauth2-server with its interactive login
 * page, as in the demo): the app opens the authorization URL, the "browser" (plain HTTP here, doing what a browser
 * does: show the login page, post the form, follow the redirect) signs in as the demo facilitator, and the app
 * catches the redirect on its loopback address and exchanges the code with its PKCE verifier.
 */
class SystemBrowserSignInTest {
    private static final String FACILITATOR = "{\"name\":\"Fredrik Facilitator\",\"groups\":[\"facilitator\"],"
            + "\"units\":[\"0180-hvb-demo-solrosen\"]}";
    private final HttpClient browserHttp = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final List<URI> opened = new ArrayList<>();
    private MockOAuth2Server provider;
    private OidcSettings settings;

    @BeforeEach
    void startProvider() throws IOException {
        Path login = Files.createTempFile("lyssna-login", ".html");
        Files.writeString(login, "<!DOCTYPE html><html><body><form method=\"post\"><input name=\"username\">"
                + "<input name=\"claims\"><button>Logga in</button></form></body></html>");
        login.toFile().deleteOnExit();
        provider = new MockOAuth2Server(new OAuth2Config(true, login.toString()));
        provider.start(InetAddress.getLoopbackAddress(), 0);
        settings = new OidcSettings(provider.issuerUrl("lyssna").uri(), OidcSettings.DEFAULT_CLIENT_ID);
    }

    @AfterEach
    void stopProvider() {
        provider.shutdown();
    }

    @Test
    void signIn_throughTheProvidersLoginPage_givesItsSignedTokenWithTheFacilitatorsClaims() throws Exception {
        String token = new SystemBrowserSignIn(settings).signIn(browser(UnaryOperator.identity()),
                Duration.ofMinutes(1), "<p>ok</p>");

        URI authorize = opened.get(0);
        Map<String, String> query = LoopbackRedirect.query(authorize.getRawQuery());
        assertThat(query).containsEntry("response_type", "code").containsEntry("code_challenge_method", "S256")
                .containsEntry("client_id", OidcSettings.DEFAULT_CLIENT_ID).containsKeys("state", "code_challenge");
        assertThat(URI.create(query.get("redirect_uri")).getHost()).isEqualTo("127.0.0.1");
        SignedJWT jwt = SignedJWT.parse(token);
        JWKSet keys = JWKSet.load(provider.jwksUrl("lyssna").url());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).as("signed by the provider").isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(settings.issuer().toString());
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("groups")).containsExactly("facilitator");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("units")).containsExactly("0180-hvb-demo-solrosen");
    }

    @Test
    void aRedirectThatIsNotThisSignInsOwn_isRefused_beforeAnyCodeIsExchanged() {
        UnaryOperator<URI> forged = redirect -> URI.create(redirect.toString()
                .replaceFirst("state=[^&]+", "state=someone-elses"));
        assertThatThrownBy(() -> new SystemBrowserSignIn(settings).signIn(browser(forged), Duration.ofMinutes(1),
                "<p>ok</p>")).isInstanceOf(SystemBrowserSignIn.SignInFailed.class).hasMessageContaining("state");
        List<String> paths = new ArrayList<>();
        try {
            while (true) {
                paths.add(provider.takeRequest(200, TimeUnit.MILLISECONDS).getPath());
            }
        } catch (RuntimeException noMoreRequests) {
            // mock-oauth2-server says "no request found in queue" once all were taken
        }
        assertThat(paths).as("the provider's requests").isNotEmpty().noneMatch(p -> p.contains("/token"));
    }

    @Test
    void anAdultWhoNeverFinishes_getsATimeOut_notAHang() {
        assertThatThrownBy(() -> new SystemBrowserSignIn(settings).signIn(uri -> opened.add(uri),
                Duration.ofMillis(200), "<p>ok</p>")).isInstanceOf(SystemBrowserSignIn.SignInFailed.class)
                .hasMessageContaining("not finished");
    }

    @Test
    void challenge_isTheS256OfTheVerifier_asInRfc7636() {
        // RFC 7636 appendix B.
        assertThat(SystemBrowserSignIn.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    /** A browser: shows the provider's page, signs in as the facilitator, follows the redirect to the app. */
    private SystemBrowser browser(UnaryOperator<URI> redirectOnTheWay) {
        return uri -> {
            opened.add(uri);
            try {
                HttpResponse<String> page = browserHttp.send(HttpRequest.newBuilder(uri).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("<form");
                String form = "username=facilitator&claims=" + URLEncoder.encode(FACILITATOR, StandardCharsets.UTF_8);
                HttpResponse<String> signedIn = browserHttp.send(HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(signedIn.statusCode()).isEqualTo(302);
                URI redirect = redirectOnTheWay.apply(URI.create(signedIn.headers().firstValue("Location")
                        .orElseThrow()));
                HttpResponse<String> back = browserHttp.send(HttpRequest.newBuilder(redirect).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(back.body()).isEqualTo("<p>ok</p>");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        };
    }
}
