package se.lyssna.definitions;

import java.text.AttributedCharacterIterator;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a message with arguments ({@link MessageFormat}, e.g. "Du har svarat på {0} av {1} frågor.") is read aloud:
 * its fixed words and each argument as separate pieces of audio, so that a sentence with a count needs audio for its
 * words once and for each number once, not for every count. The accessibility module generates audio for the
 * {@link #literals} and the {@link #number numbers}; the app plays the {@link #parts} in order.
 */
public final class SpokenPattern {
    /** The numbers that have audio of their own: counts of questions and answers, and percentages. */
    public static final int LARGEST_SPOKEN_NUMBER = 200;

    private SpokenPattern() {
    }

    /** Whether the message has arguments at all (a plain message is spoken whole). */
    public static boolean hasArguments(String pattern) {
        try {
            return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length > 0;
        } catch (IllegalArgumentException e) {
            return false; // not a pattern at all (a lone brace): the app shows and speaks it as written
        }
    }

    /**
     * The pieces to speak, in order: the fixed words between the arguments and each argument as formatted in
     * {@code locale}; pieces without a letter or digit (a dash, a full stop) are left out.
     */
    public static List<String> parts(String pattern, Locale locale, Object... args) {
        return pieces(pattern, locale, args, true);
    }

    /** The fixed words of the message, without its arguments. */
    public static List<String> literals(String pattern, Locale locale) {
        MessageFormat format = new MessageFormat(pattern, locale);
        Object[] zeros = new Object[format.getFormatsByArgumentIndex().length];
        java.util.Arrays.fill(zeros, 0);
        return pieces(pattern, locale, zeros, false);
    }

    /** A number as a message's {@code {0,number,integer}} writes it in {@code locale}, and so as it is spoken. */
    public static String number(long n, Locale locale) {
        return new MessageFormat("{0,number,integer}", locale).format(new Object[] {n});
    }

    private static List<String> pieces(String pattern, Locale locale, Object[] args, boolean withArguments) {
        AttributedCharacterIterator it = new MessageFormat(pattern, locale).formatToCharacterIterator(args);
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; ) {
            boolean argument = it.getAttribute(MessageFormat.Field.ARGUMENT) != null;
            int end = it.getRunLimit(MessageFormat.Field.ARGUMENT);
            run.setLength(0);
            while (it.getIndex() < end) {
                run.append(c);
                c = it.next();
            }
            String piece = run.toString().strip();
            if ((withArguments || !argument) && piece.codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(piece);
            }
        }
        return out;
    }
}
