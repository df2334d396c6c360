package se.lyssna.app.facilitator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * An adult's sign-in as native apps do it (RFC 8252): the authorization-code flow with PKCE (RFC 7636, S256) in the
 * system browser, the redirect caught on a loopback address, the code exchanged for the provider's access token.
 * The app is a public client: no secret ships in it, the verifier proves the code is its own, and the state ties
 * the redirect to this very attempt. Nothing is written anywhere; the token lives in {@link FacilitatorSession}.
 */
public class SystemBrowserSignIn {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final OidcSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public SystemBrowserSignIn(OidcSettings settings) {
        this.settings = settings;
    }

    /** Why a sign-in did not give a token; the message is for the adult's screen, never holds a code or token. */
    public static final class SignInFailed extends IOException {
        public SignInFailed(String message) {
            super(message);
        }
    }

    /**
     * Opens the provider's sign-in page in the browser and waits (up to {@code patience}) for the adult to finish
     * there; the provider's access token for the API.
     */
    public String signIn(SystemBrowser browser, Duration patience, String returnPage) throws IOException {
        return signInTokens(browser, patience, returnPage).accessToken();
    }

    /** The provider's token endpoint's answer: the access token for the API; the ID token, which the app ignores. */
    record ProviderTokens(String accessToken, String idToken) {
    }

    ProviderTokens signInTokens(SystemBrowser browser, Duration patience, String returnPage) throws IOException {
        JsonNode provider = discover();
        String verifier = random(32);
        String state = random(16);
        try (LoopbackRedirect redirect = new LoopbackRedirect(returnPage)) {
            URI redirectUri = redirect.redirectUri();
            browser.open(authorizationUri(provider, redirectUri, challenge(verifier), state));
            Map<String, String> answer = await(redirect, patience);
            if (!state.equals(answer.get("state"))) {
                throw new SignInFailed("the answer did not belong to this sign-in (state)");
            }
            if (answer.containsKey("error") || !answer.containsKey("code")) {
                throw new SignInFailed("the provider did not sign you in: " + answer.getOrDefault("error", "no code"));
            }
            return exchange(provider, answer.get("code"), redirectUri, verifier);
        }
    }

    JsonNode discover() throws IOException {
        URI uri = URI.create(settings.issuer().toString().replaceAll("/+$", "")
                + "/.well-known/openid-configuration");
        return json.readTree(send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).GET().build()));
    }

    URI authorizationUri(JsonNode provider, URI redirectUri, String challenge, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", redirectUri.toString());
        query.put("scope", "openid");
        query.put("state", state);
        query.put("code_challenge", challenge);
        query.put("code_challenge_method", "S256");
        return URI.create(provider.path("authorization_endpoint").asText() + "?" + form(query));
    }

    private ProviderTokens exchange(JsonNode provider, String code, URI redirectUri, String verifier)
            throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
        form.put("client_id", settings.clientId());
        form.put("code_verifier", verifier);
        HttpRequest request = HttpRequest.newBuilder(URI.create(provider.path("token_endpoint").asText()))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build();
        JsonNode tokens = json.readTree(send(request));
        String token = tokens.path("access_token").asText("");
        if (token.isEmpty()) {
            throw new SignInFailed("the provider gave no access token");
        }
        return new ProviderTokens(token, tokens.path("id_token").asText(""));
    }

    private static Map<String, String> await(LoopbackRedirect redirect, Duration patience) throws IOException {
        try {
            return redirect.parameters().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SignInFailed("the sign-in in the browser was not finished in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInFailed("interrupted");
        } catch (ExecutionException e) {
            throw new SignInFailed("the browser's answer could not be read");
        }
    }

    private String send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                // The provider's body may echo the code; only the status is told.
                throw new SignInFailed("the provider answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInFailed("interrupted");
        }
    }

    /** The S256 code challenge of a verifier. */
    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
