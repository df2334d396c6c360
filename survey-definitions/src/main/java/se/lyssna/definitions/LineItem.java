package se.lyssna.definitions;

import java.util.Optional;

/**
 * An item answered on a numbered line such as 0–10.
 *
 * @param scale the key of a {@link LineScale}
 */
@ItemKind("line")
public record LineItem(String id, Optional<String> area, Optional<String> subArea, Optional<String> background,
                   LocalizedText text, Optional<Image> image, Optional<Condition> showIf, boolean required,
                   String scale) implements Item {
    @Override
    public Optional<String> scaleKey() {
        return Optional.ofNullable(scale);
    }
}
