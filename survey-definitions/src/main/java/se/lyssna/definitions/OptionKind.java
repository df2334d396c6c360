package se.lyssna.definitions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an answer option means for counting: a real answer, or one of the two ways of not answering. */
public enum OptionKind {
    @JsonProperty("answer") ANSWER("answer"),
    @JsonProperty("dont-know") DONT_KNOW("dont-know"),
    @JsonProperty("no-answer") NO_ANSWER("no-answer");

    private final String key;

    OptionKind(String key) {
        this.key = key;
    }

    /** The kind as written in files and the API, e.g. {@code dont-know}. */
    public String key() {
        return key;
    }

    /**
     * The kind of a typed value (a number, a point on a line): its two ways of not answering are the values
     * {@code dont-know} and {@code no-answer}; anything else is an answer, valid or not.
     */
    public static OptionKind ofValue(String value) {
        if (DONT_KNOW.key.equals(value)) {
            return DONT_KNOW;
        }
        return NO_ANSWER.key.equals(value) ? NO_ANSWER : ANSWER;
    }
}
