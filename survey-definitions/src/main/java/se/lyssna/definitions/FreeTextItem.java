package se.lyssna.definitions;

import java.util.Optional;

/**
 * An optional free-text answer. The riskiest field for anonymity: never shown for groups under the threshold
 * and screened for names, phone numbers and e-mail addresses before anyone reads it.
 *
 * @param maxLength the longest accepted answer in characters
 */
@ItemKind("free-text")
public record FreeTextItem(String id, Optional<String> area, Optional<String> subArea, Optional<String> background,
                           LocalizedText text, Optional<Image> image, Optional<Condition> showIf, boolean required,
                           int maxLength) implements Item {
    public FreeTextItem {
        maxLength = maxLength <= 0 ? 500 : maxLength;
    }
}
