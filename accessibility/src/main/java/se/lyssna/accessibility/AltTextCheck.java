package se.lyssna.accessibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import se.lyssna.definitions.Image;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.Violation;

/**
 * Every picture has alt text in every locale of its questionnaire, and the alt text describes the picture in words:
 * not empty, not a file name or identifier, and short enough for a screen reader to read before the question.
 */
public final class AltTextCheck {

    public static final String MISSING = "alt-text-missing";
    public static final String FILE_NAME = "alt-text-is-file-name";
    public static final String TOO_LONG = "alt-text-too-long";

    /** Screen readers read alt text in one go; 125 characters is the common ceiling (e.g. JAWS splits longer). */
    public static final int MAX_LENGTH = 125;

    private static final Pattern FILE_EXTENSION =
            Pattern.compile("\\.(svg|png|jpe?g|gif|webp|bmp|mp3|wav)\\b", Pattern.CASE_INSENSITIVE);
    /** kebab-case or snake_case identifiers such as {@code speech-bubble} or {@code face_happy}. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9]+([-_][a-z0-9]+)+");

    /** Every alt-text problem of the questionnaire read from {@code file}. */
    public List<Violation> violations(String file, Questionnaire q) {
        List<Violation> violations = new ArrayList<>();
        for (Item item : q.allItems()) {
            if (item.image().isEmpty()) {
                continue;
            }
            Image image = item.image().get();
            for (String locale : q.locales()) {
                problem(image, locale).ifPresent(p -> violations.add(
                        Violation.atItemLocale(file, item.id(), locale, p.code(), p.message())));
            }
        }
        return violations;
    }

    /** The alt text of an image in a locale, or empty when there is none. */
    public static Optional<String> altText(Image image, String locale) {
        return image.alt() == null ? Optional.empty() : image.alt().text(locale);
    }

    /** Whether the alt text of {@code image} in {@code locale} passes. */
    public static boolean passes(Image image, String locale) {
        return problem(image, locale).isEmpty();
    }

    private record Problem(String code, String message) {
    }

    private static Optional<Problem> problem(Image image, String locale) {
        Optional<String> alt = altText(image, locale);
        if (alt.isEmpty()) {
            return Optional.of(new Problem(MISSING, "picture '" + image.pictogram() + "' has no alt text in "
                    + locale));
        }
        String text = alt.get().strip();
        if (FILE_EXTENSION.matcher(text).find() || IDENTIFIER.matcher(text).matches()
                || text.toLowerCase(Locale.ROOT).equals(image.pictogram().toLowerCase(Locale.ROOT))) {
            return Optional.of(new Problem(FILE_NAME, "alt text \"" + text + "\" of picture '" + image.pictogram()
                    + "' is a file name or identifier; describe the picture in words"));
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of(new Problem(TOO_LONG, "alt text of picture '" + image.pictogram() + "' has "
                    + text.length() + " characters, limit " + MAX_LENGTH));
        }
        return Optional.empty();
    }
}
