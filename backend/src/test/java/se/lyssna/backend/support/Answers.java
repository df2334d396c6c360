package se.lyssna.backend.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid and invalid submissions for national-13-17 2026.1. */
public final class Answers {
    private Answers() {
    }

    /** A complete, valid submission; {@code variant} varies one answer so submissions can be told apart. */
    public static Map<String, Object> valid(int variant) {
        Map<String, List<String>> answers = new HashMap<>();
        answers.put("bg-age-band", List.of("13-15"));
        answers.put("bg-gender", List.of("girl"));
        answers.put("bg-placement-form", List.of("hvb"));
        answers.put("bg-answered-alone", List.of("alone"));
        answers.put("bem-info-understand", List.of("agree"));
        answers.put("try-safe-home", List.of(variant % 2 == 0 ? "strongly-agree" : "disagree"));
        answers.put("del-sw-same", List.of("no"));
        answers.put("del-sw-met-count", List.of(Integer.toString(variant % 21)));
        answers.put("del-sw-topics", List.of("school", "friends"));
        answers.put("hal-life-now", List.of("7"));
        return Map.of("locale", "sv", "answers", answers);
    }

    /** A valid submission with one answer replaced or added. */
    public static Map<String, Object> with(String item, List<String> values) {
        Map<String, Object> body = new HashMap<>(valid(0));
        @SuppressWarnings("unchecked")
        Map<String, List<String>> answers = new HashMap<>((Map<String, List<String>>) body.get("answers"));
        if (values == null) {
            answers.remove(item);
        } else {
            answers.put(item, values);
        }
        body.put("answers", answers);
        return body;
    }
}
