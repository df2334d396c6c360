package se.lyssna.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.lyssna.app.api.ParticipationCode;
import se.lyssna.definitions.QuestionnaireCatalog;
import se.lyssna.definitions.Questionnaire;

/**
 * A FAKE of the backend's public API (docs/api-contract.md) on com.sun.net.httpserver, for tests that run without
 * the real backend. It serves a real questionnaire from the survey-definitions jar, can be stopped and started again
 * on the same port to simulate being offline, and records every stored response.
 */
public class FakeBackend implements AutoCloseable {
    public static final String ROUND = "11111111-2222-3333-4444-555555555555";
    public static final String UNIT = "0180-hvb-solrosen";

    private final ObjectMapper json = new ObjectMapper();
    private final Questionnaire questionnaire;
    private final Map<String, Boolean> codes = new HashMap<>();   // normalised code -> used
    private final Map<String, String> tokens = new HashMap<>();   // token -> code
    private final Map<String, String> keyByCode = new HashMap<>(); // code -> idempotency key that used it
    private final List<Map<String, Object>> responses = new ArrayList<>();
    private final List<String> feedbackPaths = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final boolean withAudio;
    /** The round's age bands, youngest first; empty for a round of one questionnaire as before bands. */
    private final List<Questionnaire> bands;
    private int port;
    private HttpServer server;
    private int wrongTries;

    public FakeBackend(boolean withAudio) {
        this(withAudio, List.of());
    }

    private FakeBackend(boolean withAudio, List<String> bandKeys) {
        this.withAudio = withAudio;
        QuestionnaireCatalog catalog = QuestionnaireCatalog.fromClasspath();
        this.questionnaire = catalog.find("national-13-17", "2026.1")
                .orElseThrow(() -> new IllegalStateException("national-13-17 2026.1 not in survey-definitions"));
        this.bands = bandKeys.stream().map(key -> catalog.versionsOf(key).get(catalog.versionsOf(key).size() - 1))
                .toList();
        start();
    }

    /** A national round of three age bands (7-12, 13-17, 18-21, each its newest version), as the real one. */
    public static FakeBackend withAgeBands() {
        return new FakeBackend(false, List.of("national-7-12", "national-13-17", "national-18-21"));
    }

    /** The questionnaire of each band, youngest first. */
    public List<Questionnaire> bands() {
        return bands;
    }

    public synchronized String newCode() {
        String code = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        codes.put(code, false);
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /** A code whose answers were already sent (redemption says 409). */
    public synchronized String usedCode() {
        String code = newCode();
        codes.put(ParticipationCode.normalise(code), true);
        return code;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public synchronized List<Map<String, Object>> responses() {
        return List.copyOf(responses);
    }

    /** The feedback paths asked for, in order. */
    public List<String> feedbackPaths() {
        return List.copyOf(feedbackPaths);
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** Simulates the backend (or the network) going away: connections are refused. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public final synchronized void start() {
        if (server != null) {
            return; // already serving (a gallery run that skipped the shot which stops it)
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        server.createContext("/", this::handle);
        server.start();
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if ("POST".equals(method) && path.equals("/api/v1/participations")) {
                participation(ex);
            } else if ("POST".equals(method) && path.equals("/api/v1/responses")) {
                response(ex);
            } else if ("GET".equals(method) && path.startsWith("/api/v1/questionnaires/")) {
                String query = ex.getRequestURI().getQuery();
                String locale = query != null && query.startsWith("locale=") ? query.substring(7) : "sv";
                String[] parts = path.split("/");   // /api/v1/questionnaires/{key}/versions/{version}
                Questionnaire served = bands.stream().filter(q -> parts.length > 6 && q.key().equals(parts[4])
                        && q.version().equals(parts[6])).findFirst().orElse(questionnaire);
                send(ex, 200, ApiShapes.questionnaire(served, locale, withAudio));
            } else if ("POST".equals(method) && path.equals("/api/v1/feedback/by-code")) {
                feedbackByCode(ex);
            } else if ("GET".equals(method) && path.startsWith("/api/v1/feedback/")) {
                feedbackPaths.add(path);
                send(ex, 200, feedback());
            } else {
                problem(ex, 404, "Not found");
            }
        } catch (RuntimeException e) {
            problem(ex, 500, e.toString());
        } finally {
            ex.close();
        }
    }

    private synchronized void participation(HttpExchange ex) throws IOException {
        JsonNode body = json.readTree(ex.getRequestBody());
        String code = ParticipationCode.normalise(body.path("code").asText());
        if (wrongTries >= 20) {
            problem(ex, 429, "Too many tries");
            return;
        }
        Boolean used = codes.get(code);
        if (used == null) {
            wrongTries++;
            problem(ex, 404, "Unknown code");
            return;
        }
        if (used) {
            problem(ex, 409, "Code already used");
            return;
        }
        String token = "fake-token-" + UUID.randomUUID();
        tokens.put(token, code);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("submissionToken", token);
        out.put("expiresInSeconds", 7200);
        out.put("roundId", ROUND);
        out.put("unitCode", UNIT);
        out.put("unitName", "Solrosen");
        out.put("questionnaire", Map.of("key", questionnaire.key(), "version", questionnaire.version()));
        if (!bands.isEmpty()) {
            out.put("bands", bands.stream().map(q -> Map.of("band", q.ageBand().from() + "-" + q.ageBand().to(),
                    "minAge", q.ageBand().from(), "maxAge", q.ageBand().to(),
                    "questionnaire", Map.of("key", q.key(), "version", q.version()))).toList());
            out.put("bandIfAgeNotSaid", "13-17");
        }
        send(ex, 201, out);
    }

    /** Like the backend: any known code, used or not, opens the unit's results and stays as it was. */
    private synchronized void feedbackByCode(HttpExchange ex) throws IOException {
        String code = ParticipationCode.normalise(json.readTree(ex.getRequestBody()).path("code").asText());
        feedbackPaths.add("/api/v1/feedback/by-code");
        if (!codes.containsKey(code)) {
            wrongTries++;
            problem(ex, 404, "Unknown code");
            return;
        }
        send(ex, 200, feedback());
    }

    private synchronized void response(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
        String code = auth == null ? null : tokens.get(auth.replace("Bearer ", ""));
        if (code == null) {
            problem(ex, 401, "Bad token");
            return;
        }
        String usedBy = keyByCode.get(code);
        if (usedBy != null) {
            if (usedBy.equals(key)) {
                send(ex, 201, Map.of("status", "received"));
            } else {
                problem(ex, 409, "Code already used by another submission");
            }
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> body = json.readValue(ex.getRequestBody(), Map.class);
        responses.add(body);
        keyByCode.put(code, key);
        codes.put(code, true);
        send(ex, 201, Map.of("status", "received"));
    }

    private Map<String, Object> feedback() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("roundId", ROUND);
        out.put("roundName", "2026");
        out.put("unit", Map.of("code", UNIT, "name", "Solrosen"));
        out.put("published", true);
        out.put("respondents", Map.of("value", 40));
        out.put("areas", List.of(
                Map.of("area", "bemotande", "unit", Map.of("positivePercent", 72, "answers", 40),
                        "nation", Map.of("positivePercent", 65, "answers", 5200)),
                Map.of("area", "trygghet", "unit", Map.of("suppressed", true, "reason", "too-few-answers"),
                        "nation", Map.of("positivePercent", 70, "answers", 5100))));
        out.put("actions", List.of(Map.of("area", "trygghet", "youSaid", "Vi vill kunna låsa våra rum.",
                "weDid", "Alla rum har fått lås.", "status", "done")));
        return out;
    }

    private void problem(HttpExchange ex, int status, String detail) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/problem+json");
        byte[] bytes = json.writeValueAsBytes(Map.of("type", "about:blank", "title", detail, "status", status,
                "detail", detail));
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private void send(HttpExchange ex, int status, Object body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }
}
