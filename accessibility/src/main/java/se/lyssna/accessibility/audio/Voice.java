package se.lyssna.accessibility.audio;

import java.util.Locale;
import se.lyssna.definitions.AgeBand;

/**
 * The espeak-ng voice and speed used for a locale.
 *
 * @param espeakVoice  espeak-ng voice name ({@code -v})
 * @param wordsPerMinute speaking rate ({@code -s}); espeak-ng's default is 175
 * @param wordGap      extra pause between words in units of 10 ms ({@code -g})
 */
public record Voice(String espeakVoice, int wordsPerMinute, int wordGap) {

    /**
     * The voice for texts in {@code locale} of a questionnaire for {@code band}. Easy Swedish and the 7–12 band are
     * read more slowly, with a small pause between words, because slower synthetic speech is understood better by
     * younger listeners and second-language learners.
     */
    public static Voice forText(String locale, AgeBand band) {
        boolean young = band.from() <= 12;
        String tag = locale.toLowerCase(Locale.ROOT);
        if (tag.equals("sv-x-easy")) {
            return new Voice("sv", young ? 125 : 135, 2);
        }
        if (tag.startsWith("sv")) {
            return new Voice("sv", young ? 145 : 160, young ? 1 : 0);
        }
        if (tag.startsWith("en")) {
            return new Voice("en-gb", young ? 145 : 160, young ? 1 : 0);
        }
        // espeak-ng has voices named by the language subtag for the other languages we use (ar, so, fa …).
        return new Voice(tag.split("-")[0], young ? 135 : 150, young ? 1 : 0);
    }

    /** The slower of two voices, for a text shared by questionnaires of different age bands. */
    public Voice slower(Voice other) {
        return other.wordsPerMinute < wordsPerMinute ? other : this;
    }
}
