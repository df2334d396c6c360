package se.lyssna.accessibility.readability;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Counts in one text that readability measures are built from. Words are runs of letters and digits (with inner
 * hyphens and apostrophes); a sentence ends at {@code . ! ? : ؟ …} or a line break, as in Björnsson's LIX.
 *
 * @param words                 number of words
 * @param sentences             number of sentences (at least 1 when there is a word)
 * @param longWords             words of more than {@value #LONG_WORD_LETTERS} letters
 * @param letters               letters in all words
 * @param syllables             estimated English syllables (vowel groups); only meaningful for English
 * @param longestSentenceWords  words in the longest sentence
 * @param longestWord           the longest word
 */
public record TextStatistics(int words, int sentences, int longWords, int letters, int syllables,
                             int longestSentenceWords, String longestWord) {

    /** LIX counts words of more than six letters as long. */
    public static final int LONG_WORD_LETTERS = 6;

    /** Abbreviations whose dots do not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("t.ex.", "bl.a.", "o.s.v.", "osv.", "m.m.", "ca.",
            "d.v.s.", "dvs.", "e.g.", "i.e.", "mr.", "mrs.", "ms.", "dr.", "nr.");
    private static final String SENTENCE_END = ".!?:؟…";

    /** The statistics of {@code text}; {@code locale} decides only how syllables are estimated. */
    public static TextStatistics of(String text, String locale) {
        Counter counter = new Counter(locale);
        for (String line : text.split("\\R")) {
            for (String token : line.strip().split("\\s+")) {
                counter.token(token);
            }
            counter.endSentence();
        }
        return counter.result();
    }

    public double wordsPerSentence() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }

    public double longWordShare() {
        return words == 0 ? 0 : (double) longWords / words;
    }

    public double syllablesPerWord() {
        return words == 0 ? 0 : (double) syllables / words;
    }

    public int longestWordLetters() {
        return (int) longestWord.codePoints().filter(Character::isLetter).count();
    }

    /** Adds up the counts of several texts, e.g. all items of a questionnaire in one locale. */
    public static TextStatistics sum(List<TextStatistics> all) {
        int words = 0;
        int sentences = 0;
        int longWords = 0;
        int letters = 0;
        int syllables = 0;
        int longest = 0;
        String longestWord = "";
        for (TextStatistics s : all) {
            words += s.words;
            sentences += s.sentences;
            longWords += s.longWords;
            letters += s.letters;
            syllables += s.syllables;
            longest = Math.max(longest, s.longestSentenceWords);
            if (s.longestWordLetters() > letterCount(longestWord)) {
                longestWord = s.longestWord;
            }
        }
        return new TextStatistics(words, sentences, longWords, letters, syllables, longest, longestWord);
    }

    private static int letterCount(String word) {
        return (int) word.codePoints().filter(Character::isLetter).count();
    }

    /** Estimated English syllables: vowel groups, less a silent final e, at least one. */
    static int englishSyllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 0;
        }
        int count = 0;
        boolean previousVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = "aeiouy".indexOf(w.charAt(i)) >= 0;
            if (vowel && !previousVowel) {
                count++;
            }
            previousVowel = vowel;
        }
        if (count > 1 && w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee")) {
            count--;
        } else if (count > 1 && w.endsWith("ed") && !w.endsWith("ted") && !w.endsWith("ded")) {
            count--;
        }
        return Math.max(1, count);
    }

    private static final class Counter {
        private final boolean english;
        private int words;
        private int sentences;
        private int longWords;
        private int letters;
        private int syllables;
        private int longestSentence;
        private String longestWord = "";
        private int wordsInSentence;

        Counter(String locale) {
            this.english = locale.toLowerCase(Locale.ROOT).startsWith("en");
        }

        void token(String token) {
            if (token.isEmpty()) {
                return;
            }
            String core = core(token);
            int wordLetters = letterCount(core);
            boolean isWord = core.codePoints().anyMatch(Character::isLetterOrDigit);
            if (isWord) {
                words++;
                wordsInSentence++;
                letters += wordLetters;
                if (wordLetters > LONG_WORD_LETTERS) {
                    longWords++;
                }
                if (wordLetters > letterCount(longestWord)) {
                    longestWord = core;
                }
                if (english) {
                    syllables += englishSyllables(core);
                }
            }
            if (endsSentence(token)) {
                endSentence();
            }
        }

        private static boolean endsSentence(String token) {
            String t = token.replaceAll("[\"'»”’)\\]]+$", "");
            if (t.isEmpty() || SENTENCE_END.indexOf(t.charAt(t.length() - 1)) < 0) {
                return false;
            }
            return !ABBREVIATIONS.contains(t.toLowerCase(Locale.ROOT));
        }

        /** The token without leading and trailing punctuation. */
        private static String core(String token) {
            int start = 0;
            int end = token.length();
            while (start < end && !isWordChar(token.codePointAt(start))) {
                start += Character.charCount(token.codePointAt(start));
            }
            while (end > start && !isWordChar(token.codePointBefore(end))) {
                end -= Character.charCount(token.codePointBefore(end));
            }
            return token.substring(start, end);
        }

        private static boolean isWordChar(int cp) {
            return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
        }

        void endSentence() {
            if (wordsInSentence > 0) {
                sentences++;
                longestSentence = Math.max(longestSentence, wordsInSentence);
                wordsInSentence = 0;
            }
        }

        TextStatistics result() {
            endSentence();
            return new TextStatistics(words, sentences, longWords, letters, syllables, longestSentence, longestWord);
        }
    }
}
