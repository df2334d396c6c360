package se.lyssna.backend.participation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The answers of one submission while they wait in the inbox, as JSON. */
record InboxPayload(Map<String, String> background, Map<String, List<String>> answers, Map<String, String> freeTexts) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static InboxPayload of(ValidatedAnswers validated) {
        Map<String, String> background = new TreeMap<>();
        validated.background().forEach((variable, value) -> background.put(variable.key(), value));
        return new InboxPayload(background, validated.closedAnswers(), validated.freeTexts());
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static InboxPayload fromJson(String json) {
        try {
            return JSON.readValue(json, InboxPayload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt inbox payload", e);
        }
    }
}
