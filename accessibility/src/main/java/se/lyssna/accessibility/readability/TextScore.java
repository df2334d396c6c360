package se.lyssna.accessibility.readability;

/**
 * The readability of one text of a questionnaire in one locale.
 *
 * @param textId  item ID, or {@code title} / {@code intro}
 * @param locale  locale tag
 * @param text    the text
 * @param stats   its counts
 * @param limits  the limits it is held to
 */
public record TextScore(String textId, String locale, String text, TextStatistics stats, ReadabilityLimits limits) {

    public double lix() {
        return Readability.lix(stats);
    }

    public double flesch() {
        return Readability.fleschReadingEase(stats);
    }

    /** Whether the text is long enough for a per-item formula score to mean something. */
    public boolean scored() {
        return stats.words() >= limits.minWordsForScore();
    }

    /** The main score of this text's measure: LIX, Flesch reading ease, or words per sentence. */
    public double score() {
        switch (limits.measure()) {
            case LIX:
                return lix();
            case FLESCH:
                return flesch();
            default:
                return stats.wordsPerSentence();
        }
    }

    /**
     * How close the text is to its limits: the largest of measured / limit over the applicable rules, so 1.0 is
     * exactly at a limit and above 1.0 breaks one. Used to list the hardest texts first.
     */
    public double strain() {
        double strain = (double) stats.longestSentenceWords() / limits.maxWordsPerSentence();
        if (limits.maxWordLetters() > 0) {
            strain = Math.max(strain, (double) stats.longestWordLetters() / limits.maxWordLetters());
        }
        if (scored() && limits.measure() == Measure.LIX) {
            strain = Math.max(strain, lix() / limits.maxItemLix());
        }
        if (scored() && limits.measure() == Measure.FLESCH) {
            strain = Math.max(strain, (100 - flesch()) / (100 - limits.minItemFlesch()));
        }
        return strain;
    }
}
