package se.lyssna.definitions;

import java.util.Optional;

/**
 * One problem found in a questionnaire file, precise enough for an author to fix it without searching.
 *
 * @param file    the file it was found in
 * @param itemId  the item concerned, if any
 * @param locale  the locale concerned, if any
 * @param code    a stable machine-readable code, e.g. {@code missing-locale-text}
 * @param message what is wrong, in plain words
 */
public record Violation(String file, Optional<String> itemId, Optional<String> locale, String code,
                        String message) {

    public static Violation of(String file, String code, String message) {
        return new Violation(file, Optional.empty(), Optional.empty(), code, message);
    }

    public static Violation atItem(String file, String itemId, String code, String message) {
        return new Violation(file, Optional.ofNullable(itemId), Optional.empty(), code, message);
    }

    public static Violation atItemLocale(String file, String itemId, String locale, String code, String message) {
        return new Violation(file, Optional.ofNullable(itemId), Optional.ofNullable(locale), code, message);
    }

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        itemId.ifPresent(id -> where.append(", item ").append(id));
        locale.ifPresent(l -> where.append(", locale ").append(l));
        return where + ": [" + code + "] " + message;
    }
}
