package se.lyssna.app.api;

import java.util.Locale;

/** Forgiving handling of typed participation codes: case, spaces and dashes do not matter. */
public final class ParticipationCode {
    private ParticipationCode() {
    }

    /** Upper-case letters and digits only, e.g. {@code " abcd-efgh jklm "} becomes {@code ABCDEFGHJKLM}. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        typed.codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** Whether the typed text is long enough to be worth sending. */
    public static boolean looksComplete(String typed) {
        return normalise(typed).length() >= 6;
    }
}
