package se.lyssna.app.api;

import static se.lyssna.app.api.HttpCore.enc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The child's way to the backend: the public participation, questionnaire, audio and feedback paths. */
public class BackendClient {
    private final HttpCore http;
    private final ObjectMapper json;

    public BackendClient(URI base) {
        this.http = new HttpCore(base, Duration.ofSeconds(15));
        this.json = http.json();
    }

    /** Builds the HTTP client now (TLS set-up), off the FX thread, so that the child's first tap does not wait. */
    public void warmUp() {
        http.client();
    }

    /** POST /api/v1/participations. */
    public RedeemResult redeem(String typedCode) {
        try {
            String out = http.send(http.request("api/v1/participations", null)
                    .POST(http.body(Map.of("code", ParticipationCode.normalise(typedCode)))));
            return new RedeemResult.Redeemed(json.readValue(out, ParticipationDto.class));
        } catch (ApiException e) {
            if (e.status() == 0 || e.status() >= 500) {
                return new RedeemResult.Unreachable(e.getMessage());
            }
            return new RedeemResult.Refused(reasonFor(e.status()), e.getMessage());
        } catch (IOException e) {
            return new RedeemResult.Unreachable("unreadable answer: " + e.getMessage());
        }
    }

    /** GET /api/v1/questionnaires/{key}/versions/{version}?locale=. */
    public QuestionnaireDto questionnaire(String key, String version, String locale) throws IOException {
        String path = "api/v1/questionnaires/" + enc(key) + "/versions/" + enc(version) + "?locale=" + enc(locale);
        return json.readValue(http.send(http.request(path, null).GET()), QuestionnaireDto.class);
    }

    /** GET /api/v1/feedback/rounds/{roundId}/units/{unit}. */
    public FeedbackDto feedback(String roundId, String unitCode) throws IOException {
        String path = "api/v1/feedback/rounds/" + enc(roundId) + "/units/" + enc(unitCode);
        return json.readValue(http.send(http.request(path, null).GET()), FeedbackDto.class);
    }

    /**
     * POST /api/v1/feedback/by-code: the newest published results of the unit a code (used or not) belongs to, so
     * that the letter opens them without the app keeping the unit; empty when none is published yet (404). The
     * code goes in the body, never the URL.
     */
    public Optional<FeedbackDto> feedbackByCode(String typedCode) throws IOException {
        try {
            String out = http.send(http.request("api/v1/feedback/by-code", null)
                    .POST(http.body(Map.of("code", ParticipationCode.normalise(typedCode)))));
            return Optional.of(json.readValue(out, FeedbackDto.class));
        } catch (ApiException e) {
            boolean notYet = e.problem().map(p -> String.valueOf(p.type()).endsWith("/results-not-published"))
                    .orElse(false);
            if (e.status() == 404 && notYet) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** GET /api/v1/feedback/units/{unit}/latest: the newest PUBLISHED round of the unit; empty when none yet. */
    public Optional<FeedbackDto> latestFeedback(String unitCode) throws IOException {
        try {
            String out = http.send(http.request("api/v1/feedback/units/" + enc(unitCode) + "/latest", null).GET());
            return Optional.of(json.readValue(out, FeedbackDto.class));
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * POST /api/v1/responses with the token and the idempotency key that makes retries safe; {@code questionnaire}
     * names the version answered (left out when unknown: answers queued by an app from before age bands).
     */
    public SendResult send(String token, String idempotencyKey, String locale,
                           ParticipationDto.QuestionnaireRef questionnaire, Map<String, List<String>> answers) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("locale", locale);
        if (questionnaire != null) {
            body.put("questionnaire", questionnaire);
        }
        body.put("answers", answers);
        try {
            http.send(http.request("api/v1/responses", token).header("Idempotency-Key", idempotencyKey)
                    .POST(http.body(body)));
            return new SendResult.Accepted();
        } catch (ApiException e) {
            if (e.status() == 401) {
                return new SendResult.TokenRejected();
            }
            if (e.status() == 0 || e.status() == 429 || e.status() >= 500) {
                return new SendResult.TryLater(e.getMessage());
            }
            return new SendResult.Refused(e.status(), e.getMessage());
        } catch (IOException e) {
            return new SendResult.TryLater(String.valueOf(e.getMessage()));
        }
    }

    /** Where the read-aloud file at an audio path (an item's, an answer's, an app text's) is served. */
    public URI audioUri(String audio) {
        return http.resolve("api/v1/audio/" + audio);
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
}
