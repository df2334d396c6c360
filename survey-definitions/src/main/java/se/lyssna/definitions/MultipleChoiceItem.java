package se.lyssna.definitions;

import java.util.Optional;

/**
 * An item where the child may tick more than one option of a choice scale ("you may tick more than one").
 *
 * @param scale the key of a {@link ChoiceScale}
 */
@ItemKind("multiple-choice")
public record MultipleChoiceItem(String id, Optional<String> area, Optional<String> subArea,
                                 Optional<String> background, LocalizedText text, Optional<Image> image,
                                 Optional<Condition> showIf, boolean required, String scale) implements Item {
    @Override
    public Optional<String> scaleKey() {
        return Optional.ofNullable(scale);
    }
}
