package se.lyssna.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The app's only way to the backend: the public participation, questionnaire, audio and feedback paths. */
public class BackendClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json = Json.mapper();

    public BackendClient(URI base) {
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** POST /api/v1/participations. */
    public RedeemResult redeem(String typedCode) {
        try {
            String body = json.writeValueAsString(Map.of("code", ParticipationCode.normalise(typedCode)));
            HttpResponse<String> response = http.send(post("api/v1/participations", body).build(),
                    HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 200 || status == 201) {
                return new RedeemResult.Redeemed(json.readValue(response.body(), ParticipationDto.class));
            }
            if (status >= 500) {
                return new RedeemResult.Unreachable("HTTP " + status);
            }
            return new RedeemResult.Refused(reasonFor(status), detail(response));
        } catch (IOException e) {
            return new RedeemResult.Unreachable(String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RedeemResult.Unreachable("interrupted");
        }
    }

    /** GET /api/v1/questionnaires/{key}/versions/{version}?locale=. */
    public QuestionnaireDto questionnaire(String key, String version, String locale) throws IOException {
        String path = "api/v1/questionnaires/" + enc(key) + "/versions/" + enc(version) + "?locale=" + enc(locale);
        return json.readValue(getOk(path), QuestionnaireDto.class);
    }

    /** GET /api/v1/feedback/rounds/{roundId}/units/{unit}. */
    public FeedbackDto feedback(String roundId, String unitCode) throws IOException {
        return json.readValue(getOk("api/v1/feedback/rounds/" + enc(roundId) + "/units/" + enc(unitCode)),
                FeedbackDto.class);
    }

    /** GET /api/v1/feedback/units/{unit}/latest: the newest PUBLISHED round of the unit; empty when none yet. */
    public java.util.Optional<FeedbackDto> latestFeedback(String unitCode) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/v1/feedback/units/" + enc(unitCode)
                + "/latest")).timeout(TIMEOUT).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return java.util.Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + ": " + detail(response));
            }
            return java.util.Optional.of(json.readValue(response.body(), FeedbackDto.class));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** POST /api/v1/responses with the token and the idempotency key that makes retries safe. */
    public SendResult send(String token, String idempotencyKey, String locale, Map<String, List<String>> answers) {
        try {
            String body = json.writeValueAsString(Map.of("locale", locale, "answers", answers));
            HttpRequest request = post("api/v1/responses", body)
                    .header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", idempotencyKey)
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 200 || status == 201) {
                return new SendResult.Accepted();
            }
            if (status == 401) {
                return new SendResult.TokenRejected();
            }
            if (status == 429 || status >= 500) {
                return new SendResult.TryLater("HTTP " + status);
            }
            return new SendResult.Refused(status, detail(response));
        } catch (IOException e) {
            return new SendResult.TryLater(String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.TryLater("interrupted");
        }
    }

    /** Where the read-aloud file of an item is served. */
    public URI audioUri(String audio) {
        return base.resolve("api/v1/audio/" + audio);
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private String getOk(String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " for " + path + ": " + detail(response));
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static RedeemResult.Reason reasonFor(int status) {
        switch (status) {
            case 400:
            case 404:
                return RedeemResult.Reason.UNKNOWN_CODE;
            case 409:
                return RedeemResult.Reason.ALREADY_USED;
            case 410:
                return RedeemResult.Reason.ROUND_CLOSED;
            case 429:
                return RedeemResult.Reason.TOO_MANY_TRIES;
            default:
                return RedeemResult.Reason.OTHER;
        }
    }

    private String detail(HttpResponse<String> response) {
        try {
            JsonNode node = json.readTree(response.body());
            StringBuilder detail = new StringBuilder(node.path("detail").asText("HTTP " + response.statusCode()));
            for (JsonNode v : node.path("violations")) {
                detail.append("; ").append(v.path("field").asText()).append(": ").append(v.path("message").asText());
            }
            return detail.toString();
        } catch (IOException | RuntimeException e) {
            return "HTTP " + response.statusCode();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
