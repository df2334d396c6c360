package se.lyssna.definitions;

import java.util.Optional;

/**
 * One answer option of a scale.
 *
 * @param value    stable code stored with answers, e.g. {@code yes}; never reused for another meaning
 * @param label    what the child reads
 * @param kind     an answer, "don't know" or "don't want to answer"; non-answers are reported apart
 * @param positive whether this answer counts towards an area's positive-share index
 * @param face     optional pictogram key drawn on the answer button (e.g. {@code face-happy})
 */
public record ScaleOption(String value, LocalizedText label, OptionKind kind, boolean positive,
                          Optional<String> face) {
    public ScaleOption {
        kind = kind == null ? OptionKind.ANSWER : kind;
        face = face == null ? Optional.empty() : face;
        label = label == null ? LocalizedText.empty() : label;
    }
}
