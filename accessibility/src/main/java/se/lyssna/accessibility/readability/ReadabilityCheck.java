package se.lyssna.accessibility.readability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.LocalizedText;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.Violation;

/** Measures the readability of every text of a questionnaire in every locale and checks it against the limits. */
public final class ReadabilityCheck {

    public static final String SENTENCE_TOO_LONG = "sentence-too-long";
    public static final String WORD_TOO_LONG = "word-too-long";
    public static final String LIX_TOO_HIGH = "lix-too-high";
    public static final String FLESCH_TOO_LOW = "flesch-too-low";
    public static final String OVERALL_LIX_TOO_HIGH = "questionnaire-lix-too-high";
    public static final String OVERALL_FLESCH_TOO_LOW = "questionnaire-flesch-too-low";

    /**
     * The readability of all item texts of one locale together.
     *
     * @param locale locale tag
     * @param stats  the summed counts
     * @param limits the limits of the locale
     */
    public record LocaleSummary(String locale, TextStatistics stats, ReadabilityLimits limits) {
        public double lix() {
            return Readability.lix(stats);
        }

        public double flesch() {
            return Readability.fleschReadingEase(stats);
        }
    }

    /** Every checked text (title, intro, each item) in every locale, in questionnaire order. */
    public List<TextScore> scores(Questionnaire q) {
        List<TextScore> scores = new ArrayList<>();
        for (String locale : q.locales()) {
            ReadabilityLimits limits = ReadabilityLimits.forText(q.ageBand(), locale);
            add(scores, "title", q.title(), locale, limits);
            add(scores, "intro", q.intro(), locale, limits);
            for (Item item : q.allItems()) {
                add(scores, item.id(), item.text(), locale, limits);
            }
        }
        return scores;
    }

    private static void add(List<TextScore> scores, String id, LocalizedText text, String locale,
                            ReadabilityLimits limits) {
        text.text(locale).ifPresent(t -> scores.add(new TextScore(id, locale, t, TextStatistics.of(t, locale),
                limits)));
    }

    /** The {@code n} texts closest to (or furthest over) their limits, hardest first. */
    public List<TextScore> worst(Questionnaire q, int n) {
        return scores(q).stream().sorted(Comparator.comparingDouble(TextScore::strain).reversed()).limit(n).toList();
    }

    /** Per locale, the readability of all item texts taken together (title and intro left out). */
    public List<LocaleSummary> summaries(Questionnaire q) {
        List<TextScore> scores = scores(q);
        List<LocaleSummary> summaries = new ArrayList<>();
        for (String locale : q.locales()) {
            List<TextStatistics> stats = scores.stream()
                    .filter(s -> s.locale().equals(locale))
                    .filter(s -> !s.textId().equals("title") && !s.textId().equals("intro"))
                    .map(TextScore::stats).toList();
            summaries.add(new LocaleSummary(locale, TextStatistics.sum(stats),
                    ReadabilityLimits.forText(q.ageBand(), locale)));
        }
        return summaries;
    }

    /** Every readability problem of the questionnaire read from {@code file}. */
    public List<Violation> violations(String file, Questionnaire q) {
        List<Violation> violations = new ArrayList<>();
        for (TextScore s : scores(q)) {
            violations.addAll(violations(file, s));
        }
        for (LocaleSummary summary : summaries(q)) {
            ReadabilityLimits limits = summary.limits();
            if (limits.measure() == Measure.LIX && summary.lix() > limits.maxOverallLix()) {
                violations.add(new Violation(file, java.util.Optional.empty(), java.util.Optional.of(summary.locale()),
                        OVERALL_LIX_TOO_HIGH, fmt("LIX over all items is %.1f, limit %.0f for %s", summary.lix(),
                        limits.maxOverallLix(), limits.name())));
            }
            if (limits.measure() == Measure.FLESCH && summary.flesch() < limits.minOverallFlesch()) {
                violations.add(new Violation(file, java.util.Optional.empty(), java.util.Optional.of(summary.locale()),
                        OVERALL_FLESCH_TOO_LOW, fmt("Flesch reading ease over all items is %.1f, at least %.0f for %s",
                        summary.flesch(), limits.minOverallFlesch(), limits.name())));
            }
        }
        return violations;
    }

    private static List<Violation> violations(String file, TextScore s) {
        List<Violation> violations = new ArrayList<>();
        ReadabilityLimits limits = s.limits();
        TextStatistics stats = s.stats();
        if (stats.longestSentenceWords() > limits.maxWordsPerSentence()) {
            violations.add(at(file, s, SENTENCE_TOO_LONG, fmt("a sentence has %d words, limit %d for %s: \"%s\"",
                    stats.longestSentenceWords(), limits.maxWordsPerSentence(), limits.name(), s.text())));
        }
        if (limits.maxWordLetters() > 0 && stats.longestWordLetters() > limits.maxWordLetters()) {
            violations.add(at(file, s, WORD_TOO_LONG, fmt("word \"%s\" has %d letters, limit %d for %s",
                    stats.longestWord(), stats.longestWordLetters(), limits.maxWordLetters(), limits.name())));
        }
        if (s.scored() && limits.measure() == Measure.LIX && s.lix() > limits.maxItemLix()) {
            violations.add(at(file, s, LIX_TOO_HIGH, fmt("LIX %.1f, limit %.0f for %s (%d words, %d sentences,"
                            + " %d long words): \"%s\"", s.lix(), limits.maxItemLix(), limits.name(), stats.words(),
                    stats.sentences(), stats.longWords(), s.text())));
        }
        if (s.scored() && limits.measure() == Measure.FLESCH && s.flesch() < limits.minItemFlesch()) {
            violations.add(at(file, s, FLESCH_TOO_LOW, fmt("Flesch reading ease %.1f, at least %.0f for %s"
                            + " (%.1f words a sentence, %.2f syllables a word): \"%s\"", s.flesch(),
                    limits.minItemFlesch(), limits.name(), stats.wordsPerSentence(), stats.syllablesPerWord(),
                    s.text())));
        }
        return violations;
    }

    private static Violation at(String file, TextScore s, String code, String message) {
        return Violation.atItemLocale(file, s.textId(), s.locale(), code, message);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
