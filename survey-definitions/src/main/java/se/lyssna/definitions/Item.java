package se.lyssna.definitions;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Optional;

/**
 * One question in a questionnaire. What it means (its kind, area and scale) is kept apart from how it looks (its
 * picture); the app decides layout from the kind alone.
 *
 * <p>An item's {@link #id()} is its identity across versions: an item that keeps its ID and scale is comparable
 * between rounds, so changing what an item means requires a new ID or a declared {@link Revision}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SingleChoiceItem.class, name = "single-choice"),
        @JsonSubTypes.Type(value = MultipleChoiceItem.class, name = "multiple-choice"),
        @JsonSubTypes.Type(value = LineItem.class, name = "line"),
        @JsonSubTypes.Type(value = NumberItem.class, name = "number"),
        @JsonSubTypes.Type(value = FreeTextItem.class, name = "free-text")
})
public sealed interface Item permits SingleChoiceItem, MultipleChoiceItem, LineItem, NumberItem, FreeTextItem {

    /** Stable ID, unique within the questionnaire, e.g. {@code bem-info-understand}. */
    String id();

    /** Area key for survey items; empty for background questions. */
    Optional<String> area();

    /** Sub-area key within {@link #area()}. */
    Optional<String> subArea();

    /** Background variable key for background questions (e.g. {@code gender}); empty for survey items. */
    Optional<String> background();

    /** The question or statement as the child reads it. */
    LocalizedText text();

    /** An optional picture shown with the question. */
    Optional<Image> image();

    /** Skip logic; empty means always shown. */
    Optional<Condition> showIf();

    /** Whether an answer (possibly "don't want to answer") must be given before sending. */
    boolean required();

    /** The scale key the item is answered on, if it uses a shared scale. */
    default Optional<String> scaleKey() {
        return Optional.empty();
    }

    /** A short name of the kind as written in files, e.g. {@code single-choice}. */
    default String kindName() {
        return getClass().getAnnotation(ItemKind.class).value();
    }
}
