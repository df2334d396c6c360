package se.lyssna.app.api;

import static se.lyssna.app.api.HttpCore.enc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facilitator's signed-in calls: rounds, protected results, trends, actions and the meeting PDF. */
public class FacilitatorClient {
    private final HttpCore http;
    private final ObjectMapper json;

    public FacilitatorClient(URI base) {
        this.http = new HttpCore(base, Duration.ofSeconds(30));
        this.json = http.json();
    }

    /** Whether the backend mints demo tokens: a facilitator request without units answers 400 there, else 404. */
    public boolean demoTokensOffered() {
        try {
            send(request("api/v1/demo/tokens", null).POST(body(Map.of("role", "facilitator", "units", List.of()))));
            return true;
        } catch (ApiException e) {
            return e.status() == 400;
        } catch (IOException e) {
            return false;
        }
    }

    /** POST /api/v1/demo/tokens for a facilitator of the given units (demo profile only). */
    public String mintDemoToken(List<String> units) throws IOException {
        String out = send(request("api/v1/demo/tokens", null)
                .POST(body(Map.of("role", "facilitator", "units", units))));
        return json.readTree(out).path("token").asText();
    }

    /** GET /api/v1/results/rounds: the rounds with at least one of the caller's units, newest first. */
    public List<FacilitatorDtos.RoundSummary> rounds(String token) throws IOException {
        return json.readValue(get("api/v1/results/rounds", token),
                new TypeReference<List<FacilitatorDtos.RoundSummary>>() { });
    }

    /** GET /api/v1/results/rounds/{id}?unit=; {@code scopeCode} null for the nation. */
    public ResultsDto results(String token, String roundId, String scopeCode) throws IOException {
        return results(token, roundId, scopeCode, null);
    }

    /** The same broken down by a background variable ({@code groupBy} null: the whole scope). */
    public ResultsDto results(String token, String roundId, String scopeCode, String groupBy) throws IOException {
        List<String> query = new ArrayList<>();
        if (scopeCode != null) {
            query.add("unit=" + enc(scopeCode));
        }
        if (groupBy != null) {
            query.add("groupBy=" + enc(groupBy));
        }
        String path = "api/v1/results/rounds/" + enc(roundId) + (query.isEmpty() ? "" : "?" + String.join("&", query));
        return json.readValue(get(path, token), ResultsDto.class);
    }

    /** GET /api/v1/results/trends over all published rounds of a questionnaire key. */
    public FacilitatorDtos.Trends trends(String token, String key, String scopeCode) throws IOException {
        String path = "api/v1/results/trends?rounds=20&questionnaire=" + enc(key)
                + (scopeCode == null ? "" : "&unit=" + enc(scopeCode));
        return json.readValue(get(path, token), FacilitatorDtos.Trends.class);
    }

    /** GET /api/v1/questionnaires/{key}/versions/{version}?locale= (public; the item texts). */
    public QuestionnaireDto questionnaire(String key, String version, String locale) throws IOException {
        String path = "api/v1/questionnaires/" + enc(key) + "/versions/" + enc(version) + "?locale=" + enc(locale);
        return json.readValue(get(path, null), QuestionnaireDto.class);
    }

    /** GET /api/v1/units/{unit}/actions. */
    public List<FacilitatorDtos.Action> actions(String token, String unit) throws IOException {
        return json.readValue(get("api/v1/units/" + enc(unit) + "/actions", token),
                new TypeReference<List<FacilitatorDtos.Action>>() { });
    }

    /** POST /api/v1/units/{unit}/actions; a 422 comes back as an {@link ApiException} with the violations. */
    public FacilitatorDtos.Action createAction(String token, String unit, FacilitatorDtos.NewAction action)
            throws IOException {
        String out = send(request("api/v1/units/" + enc(unit) + "/actions", token).POST(body(action)));
        return json.readValue(out, FacilitatorDtos.Action.class);
    }

    /** PATCH /api/v1/units/{unit}/actions/{id}: only the given fields change. */
    public FacilitatorDtos.Action patchAction(String token, String unit, String id, Map<String, String> fields)
            throws IOException {
        String out = send(request("api/v1/units/" + enc(unit) + "/actions/" + enc(id), token)
                .method("PATCH", body(new LinkedHashMap<>(fields))));
        return json.readValue(out, FacilitatorDtos.Action.class);
    }

    /** GET /api/v1/units/{unit}/meeting.pdf?round=. */
    public byte[] meetingPdf(String token, String unit, String roundId) throws IOException {
        HttpRequest request = request("api/v1/units/" + enc(unit) + "/meeting.pdf?round=" + enc(roundId), token)
                .header("Accept", "application/pdf").GET().build();
        HttpResponse<byte[]> response = http.call(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw http.failure(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private String get(String path, String token) throws IOException {
        return send(request(path, token).GET());
    }

    /** The facilitator's token goes onto the request here only (through {@link HttpCore#request}). */
    private HttpRequest.Builder request(String path, String token) {
        return http.request(path, token);
    }

    private HttpRequest.BodyPublisher body(Object value) throws IOException {
        return http.body(value);
    }

    private String send(HttpRequest.Builder builder) throws IOException {
        return http.send(builder);
    }
}
