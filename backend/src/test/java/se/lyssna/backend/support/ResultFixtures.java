package se.lyssna.backend.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Submissions with varied background and answers, through the real code path, and results as an attacker sees them. */
public final class ResultFixtures {
    public static final List<String> AGREE_5 = List.of("strongly-agree", "agree", "neither", "disagree",
            "strongly-disagree");
    public static final List<String> ITEMS = List.of("bem-info-understand", "try-safe-home", "rel-belong", "try-stay");

    private ResultFixtures() {
    }

    /** One child's answers for national-13-17 2026.1; {@code i} spreads the answers over the options. */
    public static Map<String, Object> answers(int i, String gender, String age, String freeText) {
        Map<String, List<String>> answers = new HashMap<>();
        answers.put("bg-age-band", List.of(age));
        if (gender != null) {
            answers.put("bg-gender", List.of(gender));
        }
        answers.put("bg-placement-form", List.of("hvb"));
        for (int k = 0; k < ITEMS.size(); k++) {
            answers.put(ITEMS.get(k), List.of(AGREE_5.get((i + k) % AGREE_5.size())));
        }
        answers.put("hal-life-now", List.of(Integer.toString((i * 3) % 11)));
        if (freeText != null) {
            answers.put("free-text-other", List.of(freeText));
        }
        return Map.of("locale", "sv", "answers", answers);
    }

    /** Sends one submission per body with fresh codes of the unit. */
    public static void submitAll(UUID round, String unit, List<Map<String, Object>> bodies) {
        List<String> codes = TestApi.codes(round, unit, bodies.size() + 2);
        for (int i = 0; i < bodies.size(); i++) {
            TestApi.submit(TestApi.submissionToken(codes.get(i)), UUID.randomUUID().toString(), bodies.get(i))
                    .then().statusCode(201);
        }
    }

    /** {@code n} children with the given genders in turn and alternating age bands. */
    public static List<Map<String, Object>> children(int n, String... genders) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> answers(i, genders[i % genders.length],
                i % 2 == 0 ? "13-15" : "16-17", null)).toList();
    }

    public static Response results(String token, UUID round, String unit, String groupBy) {
        var request = given().auth().oauth2(token);
        if (unit != null) {
            request.queryParam("unit", unit);
        }
        if (groupBy != null) {
            request.queryParam("groupBy", groupBy);
        }
        return request.get("/api/v1/results/rounds/" + round);
    }

    /** A figure as JSON: its value, or null when suppressed (and then a reason must be given). */
    public static Integer value(Map<String, Object> figure) {
        if (Boolean.TRUE.equals(figure.get("suppressed"))) {
            if (figure.get("reason") == null || figure.containsKey("value")) {
                throw new AssertionError("suppressed figure without reason or with a value: " + figure);
            }
            return null;
        }
        return (Integer) figure.get("value");
    }
}
