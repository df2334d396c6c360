package se.lyssna.definitions;

import java.util.List;

/**
 * Skip logic: an item is shown only when an earlier item was answered with one of the given values.
 *
 * @param item  the ID of an earlier item
 * @param anyOf the answer values that make this item appear
 */
public record Condition(String item, List<String> anyOf) {
    public Condition {
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    /** Whether the condition holds for the given answer values of {@link #item()}. */
    public boolean holdsFor(java.util.Collection<String> answers) {
        return answers.stream().anyMatch(anyOf::contains);
    }
}
