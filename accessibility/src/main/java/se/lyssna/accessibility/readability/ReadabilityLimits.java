package se.lyssna.accessibility.readability;

import java.util.Locale;
import se.lyssna.definitions.AgeBand;

/**
 * The readability limits for one locale and age group. All thresholds live in {@link #forText}; change them there
 * and nowhere else.
 *
 * @param name                  e.g. {@code sv-x-easy 7–12}, used in messages
 * @param measure               the main formula
 * @param maxWordsPerSentence   the longest sentence allowed, in words
 * @param maxWordLetters        the longest word allowed, in letters; 0 = not checked
 * @param minWordsForScore      texts shorter than this get no per-item formula score (too few words to mean much)
 * @param maxItemLix            per-item LIX ceiling (LIX only)
 * @param maxOverallLix         LIX ceiling over all items of the questionnaire together (LIX only)
 * @param minItemFlesch         per-item Flesch reading ease floor (FLESCH only)
 * @param minOverallFlesch      Flesch floor over all items together (FLESCH only)
 */
public record ReadabilityLimits(String name, Measure measure, int maxWordsPerSentence, int maxWordLetters,
                                int minWordsForScore, double maxItemLix, double maxOverallLix,
                                double minItemFlesch, double minOverallFlesch) {

    /**
     * Below ~8 words a single long word moves LIX by 12+ points and Flesch by 10+, so per-item scores of shorter
     * texts would flag harmless questions like "Hur ofta träffar du socialsekreteraren?". Short texts are still
     * held to the sentence and word length limits, and count towards the overall score.
     */
    private static final int MIN_WORDS_FOR_SCORE = 8;

    /** The limits for a text in {@code locale} of a questionnaire for {@code band}. */
    public static ReadabilityLimits forText(AgeBand band, String locale) {
        // The youngest reader sets the bar: a band that starts at 12 or below is read by children.
        boolean young = band.from() <= 12;
        // Bands from 13 up (including care leavers of 18–21, whose reading skills vary as widely) share the teen
        // limits.
        String ages = band.toString();
        String tag = locale.toLowerCase(Locale.ROOT);
        if (tag.equals("sv-x-easy")) {
            // Lättläst svenska (MTM's guidance): short sentences, one thought each, few long compounds. LIX 25–30
            // is "easy text"; ≤ 12 words a sentence for children is what lättläst children's books keep to.
            // 18 letters lets "socialsekreteraren" through: it names a real person the child meets.
            return young
                    ? lix(locale + " " + ages, 12, 18, 40, 30)
                    : lix(locale + " " + ages, 15, 18, 45, 35);
        }
        if (tag.equals("sv") || tag.startsWith("sv-")) {
            // Ordinary Swedish for young readers: LIX 30–40 is fiction/young-adult prose. Per item we allow up to
            // 50/45 because one statement with two compounds easily reaches 45 while still being plain.
            return young
                    ? lix(locale + " " + ages, 15, 20, 45, 35)
                    : lix(locale + " " + ages, 20, 22, 50, 40);
        }
        if (tag.equals("en") || tag.startsWith("en-")) {
            // Flesch 70–80 is "fairly easy" (age 12–13), 80+ "easy" (age 11). Our syllable count is a heuristic,
            // so the per-item floor is lenient; the overall score is the one that matters.
            return young
                    ? flesch(locale + " " + ages, 15, 60, 75)
                    : flesch(locale + " " + ages, 20, 50, 65);
        }
        // Arabic (and any other locale): no validated formula here, so sentence length only. Arabic attaches
        // articles, prepositions and pronouns to words, so the same sentence has ~15 % fewer words than in Swedish.
        return new ReadabilityLimits(locale + " " + ages, Measure.SENTENCE_LENGTH, young ? 13 : 17, 0,
                MIN_WORDS_FOR_SCORE, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    private static ReadabilityLimits lix(String name, int maxWords, int maxLetters, double item, double overall) {
        return new ReadabilityLimits(name, Measure.LIX, maxWords, maxLetters, MIN_WORDS_FOR_SCORE, item, overall,
                Double.NaN, Double.NaN);
    }

    private static ReadabilityLimits flesch(String name, int maxWords, double item, double overall) {
        return new ReadabilityLimits(name, Measure.FLESCH, maxWords, 0, MIN_WORDS_FOR_SCORE, Double.NaN, Double.NaN,
                item, overall);
    }
}
