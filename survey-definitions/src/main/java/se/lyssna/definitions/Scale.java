package se.lyssna.definitions;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * An answer scale shared by items. Every scale offers "don't know" and "don't want to answer" besides its answers,
 * so that a child is never forced to pick an answer that is not true for them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ChoiceScale.class, name = "choice"),
        @JsonSubTypes.Type(value = LineScale.class, name = "line")
})
public sealed interface Scale permits ChoiceScale, LineScale {

    /** Stable key by which items refer to the scale, e.g. {@code faces-3}. */
    String key();

    /** All options, answers first, then the non-answers. For a line scale the numbers are generated. */
    List<ScaleOption> options();

    default boolean accepts(String value) {
        return options().stream().anyMatch(o -> o.value().equals(value));
    }

    default java.util.Optional<ScaleOption> option(String value) {
        return options().stream().filter(o -> o.value().equals(value)).findFirst();
    }
}
