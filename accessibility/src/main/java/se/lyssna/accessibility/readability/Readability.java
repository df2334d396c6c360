package se.lyssna.accessibility.readability;

/** Readability formulas over {@link TextStatistics}. */
public final class Readability {

    private Readability() {
    }

    /**
     * LIX (Björnsson 1968): words per sentence plus the percentage of words longer than six letters. Below 25 is
     * children's books, 25–30 easy, 30–40 ordinary fiction, 40–50 factual prose, above 50 specialist text.
     */
    public static double lix(TextStatistics s) {
        if (s.words() == 0) {
            return 0;
        }
        return s.wordsPerSentence() + 100.0 * s.longWords() / s.words();
    }

    /** LIX of a text. */
    public static double lix(String text) {
        return lix(TextStatistics.of(text, "sv"));
    }

    /**
     * Flesch reading ease (Flesch 1948) for English: 206.835 − 1.015 × words per sentence − 84.6 × syllables per
     * word. Higher is easier: 90+ very easy (age 11), 80–90 easy, 70–80 fairly easy (age 12–13), 60–70 plain.
     */
    public static double fleschReadingEase(TextStatistics s) {
        if (s.words() == 0) {
            return 100;
        }
        return 206.835 - 1.015 * s.wordsPerSentence() - 84.6 * s.syllablesPerWord();
    }
}
