package se.lyssna.definitions;

import java.util.Optional;

/**
 * An item answered with exactly one option of a shared choice scale.
 *
 * @param scale the key of a {@link ChoiceScale}
 */
@ItemKind("single-choice")
public record SingleChoiceItem(String id, Optional<String> area, Optional<String> subArea, Optional<String> background,
                   LocalizedText text, Optional<Image> image, Optional<Condition> showIf, boolean required,
                   String scale) implements Item {
    @Override
    public Optional<String> scaleKey() {
        return Optional.ofNullable(scale);
    }
}
