package se.lyssna.backend.participation;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Participation codes as children type them: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * in groups of four, e.g. {@code K7QM-3XTB-9HWP}. 31^12 ≈ 2^59 codes, so guessing is hopeless even before throttling.
 */
public final class CodeFormat {
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CodeFormat() {
    }

    public static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Forgiving input: ignores case, spaces, dashes, dots and underscores. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
    }

    /** Whether a normalised code has the right length and only characters of the alphabet. */
    public static boolean isWellFormed(String normalised) {
        return normalised.length() == LENGTH && normalised.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** Bits of entropy per code. */
    public static double bits() {
        return LENGTH * Math.log(ALPHABET.length()) / Math.log(2);
    }
}
