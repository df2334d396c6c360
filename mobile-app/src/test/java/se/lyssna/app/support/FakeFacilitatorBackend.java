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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireCatalog;

/**
 * A FAKE of the facilitator's part of docs/api-contract.md for view-model tests: two published rounds of one unit,
 * the municipality forbidden (403), a hidden area, trends, actions with the personal-data 422, the meeting PDF.
 * The real backend is exercised by FacilitatorE2ETest.
 */
public class FakeFacilitatorBackend implements AutoCloseable {
    public static final String TOKEN = "fac-token";
    public static final String UNIT = "0180-hvb-solrosen";
    public static final String ROUND = "22222222-0000-0000-0000-000000002026";
    public static final String PREVIOUS = "22222222-0000-0000-0000-000000002025";

    private final ObjectMapper json = new ObjectMapper();
    private final Questionnaire questionnaire = QuestionnaireCatalog.fromClasspath().find("national-13-17", "2026.1")
            .orElseThrow();
    private final List<Map<String, Object>> actions = new ArrayList<>();
    private final HttpServer server;

    public FakeFacilitatorBackend() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public synchronized List<Map<String, Object>> actions() {
        return List.copyOf(actions);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            String query = ex.getRequestURI().getQuery() == null ? "" : ex.getRequestURI().getQuery();
            String method = ex.getRequestMethod();
            if (path.equals("/api/v1/demo/tokens")) {
                JsonNode body = json.readTree(ex.getRequestBody());
                if (body.path("units").isEmpty()) {
                    problem(ex, 400, "A facilitator token needs the units it may see", List.of());
                } else {
                    send(ex, 200, Map.of("token", TOKEN));
                }
            } else if (path.startsWith("/api/v1/questionnaires/")) {
                send(ex, 200, ApiShapes.questionnaire(questionnaire, "sv", false));
            } else if (!("Bearer " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                problem(ex, 401, "Unauthorized", List.of());
            } else if (path.equals("/api/v1/results/rounds")) {
                send(ex, 200, List.of(round(ROUND, "2026", "2026-03-01"), round(PREVIOUS, "2025", "2025-03-01")));
            } else if (path.startsWith("/api/v1/results/rounds/")) {
                results(ex, path.substring(path.lastIndexOf('/') + 1), query);
            } else if (path.equals("/api/v1/results/trends")) {
                send(ex, 200, trends(query.contains("unit=" + UNIT)));
            } else if (path.endsWith("/meeting.pdf")) {
                byte[] pdf = "%PDF-1.7 fake".getBytes(StandardCharsets.US_ASCII);
                ex.getResponseHeaders().set("Content-Type", "application/pdf");
                ex.sendResponseHeaders(200, pdf.length);
                ex.getResponseBody().write(pdf);
            } else if (path.startsWith("/api/v1/units/" + UNIT + "/actions")) {
                actions(ex, method, path);
            } else {
                problem(ex, 404, "Not found", List.of());
            }
        } finally {
            ex.close();
        }
    }

    private Map<String, Object> round(String id, String name, String opens) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("roundId", id);
        r.put("name", name);
        r.put("questionnaireKey", "national-13-17");
        r.put("questionnaireVersion", "2026.1");
        r.put("state", "closed");
        r.put("published", true);
        r.put("opensOn", opens);
        r.put("closesOn", opens.replace("-03-", "-05-"));
        r.put("units", List.of(Map.of("code", UNIT, "name", "Solrosen")));
        return r;
    }

    private void results(HttpExchange ex, String roundId, String query) throws IOException {
        if (query.contains("unit=0180&") || query.endsWith("unit=0180")) {
            problem(ex, 403, "Your role or units do not allow this", List.of());
            return;
        }
        boolean unit = query.contains("unit=" + UNIT);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("roundId", roundId);
        out.put("roundName", ROUND.equals(roundId) ? "2026" : "2025");
        out.put("questionnaire", Map.of("key", "national-13-17", "version", "2026.1"));
        out.put("state", "closed");
        out.put("published", true);
        out.put("threshold", 5);
        out.put("scope", unit ? Map.of("kind", "unit", "code", UNIT, "name", "Solrosen", "municipality", "0180")
                : Map.of("kind", "nation", "code", "SE", "name", "Riket"));
        out.put("respondents", Map.of("value", unit ? 16 : 5200));
        out.put("codesIssued", unit ? 30 : 9000);
        out.put("responseRatePercent", Map.of("value", unit ? 53 : 58));
        List<Object> items = List.of(
                Map.of("itemId", "bem-info-understand", "kind", "single-choice", "area", "bemotande", "answers", 15,
                        "realAnswers", 15, "options", List.of(
                                Map.of("value", "strongly-agree", "kind", "answer", "count", 8, "percent", 53),
                                Map.of("value", "agree", "kind", "answer", "suppressed", true,
                                        "reason", "protects-another-figure"))),
                Map.of("itemId", "bem-tell-my-way", "area", "bemotande", "suppressed", true,
                        "reason", "all-answered-alike"));
        String groupBy = param(query, "groupBy");
        if (groupBy != null) {
            out.put("groupBy", groupBy);
            out.put("groups", groups(groupBy));
            send(ex, 200, out);
            return;
        }
        out.put("groups", List.of(Map.of("group", "all", "respondents", Map.of("value", 16), "areas", List.of(
                Map.of("area", "bemotande", "positivePercent", unit ? 72 : 65, "answers", unit ? 40 : 5200),
                unit ? Map.of("area", "trygghet", "suppressed", true, "reason", "too-few-answers")
                        : Map.of("area", "trygghet", "positivePercent", 70, "answers", 5100)), "items", items)));
        // Free texts (already redacted by the server), only without groupBy.
        out.put("freeTexts", unit ? List.of(
                Map.of("itemId", "free-text-other", "text", "Personalen är snäll, särskilt [namn]."),
                Map.of("itemId", "free-text-other", "text", "Jag vill ha mer fickpengar."),
                Map.of("itemId", "unknown-item", "text", "Maten är god.")) : List.of());
        send(ex, 200, out);
    }

    /**
     * A breakdown: two shown groups, one suppressed group (too few answers, all its figures hidden) and the
     * "not stated" group with one area hidden to protect another figure.
     */
    private List<Object> groups(String variable) {
        List<String> values = switch (variable) {
            case "gender" -> List.of("girl", "boy", "other", "not-stated");
            case "age-band" -> List.of("13-15", "16-17", "dont-know", "not-stated");
            case "placement-form" -> List.of("hvb", "familjehem", "sis", "not-stated");
            default -> List.of("yes", "no", "dont-know", "not-stated");
        };
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("group", variable + "=" + v);
            g.put("variable", variable);
            g.put("value", v);
            if (i == 2) {
                g.put("respondents", Map.of("suppressed", true, "reason", "too-few-answers"));
                g.put("areas", List.of(
                        Map.of("area", "bemotande", "suppressed", true, "reason", "too-few-answers"),
                        Map.of("area", "trygghet", "suppressed", true, "reason", "too-few-answers")));
            } else {
                g.put("respondents", Map.of("value", 8 - i));
                g.put("areas", List.of(
                        Map.of("area", "bemotande", "positivePercent", 80 - 10 * i, "answers", 20 - i),
                        i == 3 ? Map.of("area", "trygghet", "suppressed", true, "reason", "protects-another-figure")
                                : Map.of("area", "trygghet", "positivePercent", 60 + i, "answers", 18)));
            }
            g.put("items", List.of());
            out.add(g);
        }
        return out;
    }

    private static String param(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private Map<String, Object> trends(boolean unit) {
        List<Object> bem = List.of(
                Map.of("roundId", PREVIOUS, "roundName", "2025", "positivePercent", unit ? 60 : 63, "answers", 30),
                Map.of("roundId", ROUND, "roundName", "2026", "positivePercent", unit ? 72 : 65, "answers", 40));
        List<Object> tr = List.of(
                Map.of("roundId", PREVIOUS, "roundName", "2025", "suppressed", true, "reason", "too-few-answers"),
                Map.of("roundId", ROUND, "roundName", "2026", "suppressed", true, "reason", "too-few-answers",
                        "breakBefore", true, "breakReason", "items changed"));
        return Map.of("questionnaire", "national-13-17", "areas", List.of(
                Map.of("id", "bemotande", "kind", "area", "area", "bemotande", "points", bem),
                Map.of("id", "trygghet", "kind", "area", "area", "trygghet", "points", tr)));
    }

    private void actions(HttpExchange ex, String method, String path) throws IOException {
        if ("GET".equals(method)) {
            send(ex, 200, actions);
            return;
        }
        JsonNode body = json.readTree(ex.getRequestBody());
        if (body.path("youSaid").asText().contains("Kim")) {
            problem(ex, 422, "Actions must not name children", List.of(Map.of("field", "youSaid",
                    "message", "Texten verkar innehålla ett namn (tecken 1–3).")));
            return;
        }
        if ("POST".equals(method)) {
            if (body.path("youSaid").asText().isBlank()) {
                problem(ex, 422, "Åtgärden är inte giltig",
                        List.of(Map.of("field", "youSaid", "message", "Måste fyllas i")));
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> action = json.convertValue(body, Map.class);
            action.put("id", UUID.randomUUID().toString());
            action.putIfAbsent("status", "planned");
            actions.add(action);
            send(ex, 201, action);
            return;
        }
        String id = path.substring(path.lastIndexOf('/') + 1);
        Map<String, Object> action = actions.stream().filter(a -> id.equals(a.get("id"))).findFirst().orElseThrow();
        if ("done".equals(body.path("status").asText()) && action.get("weDid") == null) {
            problem(ex, 422, "Åtgärden är inte giltig", List.of(Map.of("field", "weDid",
                    "message", "Måste fyllas i när statusen är done")));
            return;
        }
        action.put("status", body.path("status").asText());
        send(ex, 200, action);
    }

    private void problem(HttpExchange ex, int status, String detail, List<Map<String, String>> violations)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("type", "about:blank", "title", detail, "status",
                status, "detail", detail));
        if (!violations.isEmpty()) {
            body.put("violations", violations);
        }
        ex.getResponseHeaders().set("Content-Type", "application/problem+json");
        byte[] bytes = json.writeValueAsBytes(body);
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
