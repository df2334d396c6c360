package se.lyssna.definitions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an answer option means for counting: a real answer, or one of the two ways of not answering. */
public enum OptionKind {
    @JsonProperty("answer") ANSWER,
    @JsonProperty("dont-know") DONT_KNOW,
    @JsonProperty("no-answer") NO_ANSWER
}
