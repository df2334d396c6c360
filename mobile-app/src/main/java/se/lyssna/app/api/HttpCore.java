package se.lyssna.app.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The HTTP plumbing both clients share, with one error policy: a 2xx answer gives its body; any other answer is an
 * {@link ApiException} with its status and problem details; no answer at all (offline, time-out) is an
 * {@link ApiException} with status 0. What a status means for the caller is the caller's business.
 */
final class HttpCore {
    private final URI base;
    private final Duration timeout;
    private final ObjectMapper json = Json.mapper();
    /**
     * Made on the first request, on a network thread: building a JDK {@code HttpClient} sets up TLS (the default
     * {@code SSLContext}, its providers and trust store, ~180 classes), about half a second of a cold start on
     * the FX thread before the first frame.
     */
    private volatile HttpClient http;

    HttpCore(URI base, Duration timeout) {
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.timeout = timeout;
    }

    /** The client, made now if it was not yet (also to warm it up after the first frame). */
    HttpClient client() {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                c = http;
                if (c == null) {
                    c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                    http = c;
                }
            }
        }
        return c;
    }

    ObjectMapper json() {
        return json;
    }

    URI resolve(String path) {
        return base.resolve(path);
    }

    /**
     * A request for JSON; with a token, it is sent as the bearer. The one place where a token (the child's
     * submission token, a facilitator's sign-in) goes onto a request.
     */
    HttpRequest.Builder request(String path, String bearerToken) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Accept", "application/json");
        if (bearerToken != null) {
            b.header("Authorization", "Bearer " + bearerToken);
        }
        return b;
    }

    HttpRequest.BodyPublisher body(Object value) throws IOException {
        return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(value));
    }

    /** Sends a JSON request; the body of a 2xx answer, else the error policy above. */
    String send(HttpRequest.Builder builder) throws ApiException {
        HttpResponse<String> response = call(builder.header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw failure(response.statusCode(), response.body());
        }
        return response.body();
    }

    /** Sends any request and hands back whatever answer came; only "no answer" is an exception here. */
    <T> HttpResponse<T> call(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws ApiException {
        try {
            return client().send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, null, "interrupted");
        } catch (IOException e) {
            throw new ApiException(0, null, "unreachable: " + e.getMessage());
        }
    }

    /** An error answer with its problem details when the body is one (RFC 9457). */
    ApiException failure(int status, String body) {
        FacilitatorDtos.Problem problem = null;
        try {
            problem = json.readValue(body, FacilitatorDtos.Problem.class);
        } catch (IOException | RuntimeException e) {
            // Not a problem document (a proxy's error page, an empty body): the status alone says it.
        }
        StringBuilder detail = new StringBuilder(problem != null && problem.detail() != null ? problem.detail()
                : "HTTP " + status);
        if (problem != null) {
            problem.violationsOrEmpty().forEach(v -> detail.append("; ").append(v.field()).append(": ")
                    .append(v.message()));
        }
        return new ApiException(status, problem, "HTTP " + status + ": " + detail);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
