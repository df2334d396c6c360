package se.lyssna.definitions;

import java.util.Objects;

/**
 * One text in one locale, with its translation status.
 *
 * @param text   the text as the child sees it
 * @param status whether a translator has reviewed it
 */
public record Translation(String text, TranslationStatus status) {
    public Translation {
        Objects.requireNonNull(status, "status");
    }

    public static Translation reviewed(String text) {
        return new Translation(text, TranslationStatus.REVIEWED);
    }
}
