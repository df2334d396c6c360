package se.lyssna.definitions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A text in several locales. In a questionnaire file a locale's value is either a plain string (reviewed) or
 * {@code {text: ..., status: draft}} while a translator has still to check it.
 *
 * @param translations locale tag (e.g. {@code sv}, {@code sv-x-easy}, {@code en}, {@code ar}) to translation
 */
@JsonDeserialize(using = LocalizedTextDeserializer.class)
public record LocalizedText(Map<String, Translation> translations) {
    public LocalizedText {
        translations = Collections.unmodifiableMap(new LinkedHashMap<>(translations));
    }

    public static LocalizedText empty() {
        return new LocalizedText(Map.of());
    }

    public Optional<Translation> in(String locale) {
        return Optional.ofNullable(translations.get(locale));
    }

    /** The text in a locale, or empty when it is missing or blank. */
    public Optional<String> text(String locale) {
        return in(locale).map(Translation::text).filter(t -> !t.isBlank());
    }

    public boolean hasText(String locale) {
        return text(locale).isPresent();
    }
}
