package se.lyssna.definitions;

import java.util.Optional;

/**
 * An item answered with a whole number where the child may not know exactly ("if you don't know, say what you
 * think"). "Don't know" and "don't want to answer" are always accepted besides numbers in the range.
 *
 * @param min lowest accepted number
 * @param max highest accepted number
 */
@ItemKind("number")
public record NumberItem(String id, Optional<String> area, Optional<String> subArea, Optional<String> background,
                         LocalizedText text, Optional<Image> image, Optional<Condition> showIf, boolean required,
                         int min, int max) implements Item {
}
