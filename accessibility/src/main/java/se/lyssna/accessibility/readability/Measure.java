package se.lyssna.accessibility.readability;

/** The main readability measure used for a locale. */
public enum Measure {
    /** Swedish and easy Swedish: LIX, lower is easier. */
    LIX,
    /** English: Flesch reading ease, higher is easier. */
    FLESCH,
    /** Languages without a validated formula here (Arabic): sentence length only. */
    SENTENCE_LENGTH
}
