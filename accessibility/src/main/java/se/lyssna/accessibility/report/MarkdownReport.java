package se.lyssna.accessibility.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.lyssna.accessibility.AccessibilityCheck;
import se.lyssna.accessibility.AltTextCheck;
import se.lyssna.accessibility.audio.AudioCoverage;
import se.lyssna.accessibility.readability.Measure;
import se.lyssna.accessibility.readability.ReadabilityCheck;
import se.lyssna.accessibility.readability.ReadabilityLimits;
import se.lyssna.accessibility.readability.TextScore;
import se.lyssna.accessibility.readability.TextStatistics;
import se.lyssna.accessibility.theme.Contrast;
import se.lyssna.accessibility.theme.ContrastCheck;
import se.lyssna.accessibility.theme.ThemeTokens;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.Violation;

/**
 * A Markdown report of one questionnaire: readability of every text in every locale, alt text, the contrast table
 * of both themes and read-aloud audio coverage. Contains no timestamps, so a committed report only changes when
 * its content does.
 */
public final class MarkdownReport {

    private static final int WORST = 10;

    private final ThemeTokens tokens;
    private final Optional<Path> audioRoot;
    private final ReadabilityCheck readability = new ReadabilityCheck();

    public MarkdownReport(ThemeTokens tokens, Optional<Path> audioRoot) {
        this.tokens = tokens;
        this.audioRoot = audioRoot;
    }

    /** The report of {@code q} as Markdown. */
    public String render(Questionnaire q) {
        String file = AccessibilityCheck.fileOf(q);
        AccessibilityCheck check = new AccessibilityCheck();
        List<Violation> violations = check.checkQuestionnaire(file, q);
        List<Violation> theme = check.checkTheme(tokens);
        StringBuilder md = new StringBuilder();
        md.append("# Accessibility report: ").append(q.key()).append(' ').append(q.version()).append("\n\n");
        md.append("Age band ").append(q.ageBand()).append(" · locales ").append(String.join(", ", q.locales()))
                .append(" · file `").append(file).append("`. Made by `se.lyssna.accessibility.cli.Report`; the same"
                        + " rules fail the build (`BundledQuestionnairesAccessibilityTest`).\n\n");
        md.append("## Summary\n\n| Check | Result |\n|---|---|\n");
        md.append("| Readability and alt text | ").append(violations.isEmpty() ? "pass" : violations.size()
                + " violation(s)").append(" |\n");
        md.append("| Contrast (").append(tokens.themes().size()).append(" themes × ").append(tokens.pairs().size())
                .append(" pairs) | ").append(theme.isEmpty() ? "pass" : theme.size() + " violation(s)").append(" |\n");
        md.append("| Read-aloud audio | ").append(audioRoot.isPresent() ? audioSummary(q) : "not checked (no audio"
                + " folder given)").append(" |\n\n");
        if (!violations.isEmpty() || !theme.isEmpty()) {
            md.append("### Violations\n\n");
            violations.forEach(v -> md.append("- ").append(cell(v.toString())).append('\n'));
            theme.forEach(v -> md.append("- ").append(cell(v.toString())).append('\n'));
            md.append('\n');
        }
        readability(md, q);
        altText(md, q);
        contrast(md);
        audio(md, q);
        return md.toString();
    }

    private void readability(StringBuilder md, Questionnaire q) {
        md.append("## Readability\n\n");
        md.append("LIX for Swedish (lower is easier; <30 easy, 30–40 ordinary fiction), Flesch reading ease for"
                + " English (higher is easier; 70–80 fairly easy), words per sentence for Arabic. Per-item formula"
                + " scores are given for texts of at least 8 words; shorter texts are held to sentence and word"
                + " length only.\n\n");
        md.append("### Per locale, all items together\n\n");
        md.append("| Locale | Limits | Words | Sentences | Words/sentence | Long words | Score | Limit |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (ReadabilityCheck.LocaleSummary s : readability.summaries(q)) {
            ReadabilityLimits l = s.limits();
            TextStatistics st = s.stats();
            String score;
            String limit;
            if (l.measure() == Measure.LIX) {
                score = "LIX " + num(s.lix());
                limit = "≤ " + num(l.maxOverallLix());
            } else if (l.measure() == Measure.FLESCH) {
                score = "Flesch " + num(s.flesch());
                limit = "≥ " + num(l.minOverallFlesch());
            } else {
                score = "—";
                limit = "—";
            }
            md.append(row(s.locale(), l.name(), st.words(), st.sentences(), num(st.wordsPerSentence()),
                    pct(st.longWordShare()), score, limit));
        }
        md.append("\n### Hardest texts\n\nStrain is the measured value over its limit for the rule nearest to"
                + " failing (1.00 = at the limit).\n\n");
        md.append("| Item | Locale | Words | Longest sentence | Longest word | Score | Strain | Text |\n");
        md.append("|---|---|---:|---:|---|---:|---:|---|\n");
        for (TextScore s : readability.worst(q, WORST)) {
            md.append(scoreRow(s, true));
        }
        List<TextScore> scores = readability.scores(q);
        for (String locale : q.locales()) {
            md.append("\n### ").append(locale).append(" — ").append(ReadabilityLimits.forText(q.ageBand(), locale)
                    .name()).append(" limits\n\n");
            ReadabilityLimits l = ReadabilityLimits.forText(q.ageBand(), locale);
            md.append("Sentences ≤ ").append(l.maxWordsPerSentence()).append(" words");
            if (l.maxWordLetters() > 0) {
                md.append(", words ≤ ").append(l.maxWordLetters()).append(" letters");
            }
            if (l.measure() == Measure.LIX) {
                md.append(", LIX per item ≤ ").append(num(l.maxItemLix()));
            } else if (l.measure() == Measure.FLESCH) {
                md.append(", Flesch per item ≥ ").append(num(l.minItemFlesch()));
            }
            md.append(".\n\n| Item | Words | Longest sentence | Longest word | Score | Strain | Text |\n");
            md.append("|---|---:|---:|---|---:|---:|---|\n");
            scores.stream().filter(s -> s.locale().equals(locale)).forEach(s -> md.append(scoreRow(s, false)));
        }
        md.append('\n');
    }

    private static String scoreRow(TextScore s, boolean withLocale) {
        TextStatistics st = s.stats();
        String score;
        if (s.limits().measure() == Measure.SENTENCE_LENGTH) {
            score = num(st.wordsPerSentence()) + " w/s";
        } else if (!s.scored()) {
            score = "(short)";
        } else {
            score = (s.limits().measure() == Measure.LIX ? "LIX " : "Flesch ") + num(s.score());
        }
        String strain = String.format(Locale.ROOT, "%.2f", s.strain()) + (s.strain() > 1 ? " ❌" : "");
        String word = st.longestWord() + " (" + st.longestWordLetters() + ")";
        return withLocale
                ? row(s.textId(), s.locale(), st.words(), st.longestSentenceWords(), word, score, strain, s.text())
                : row(s.textId(), st.words(), st.longestSentenceWords(), word, score, strain, s.text());
    }

    private static void altText(StringBuilder md, Questionnaire q) {
        md.append("## Alt text\n\nEvery picture needs alt text in every locale: words, not a file name,"
                + " at most ").append(AltTextCheck.MAX_LENGTH).append(" characters.\n\n");
        List<Item> withImage = q.allItems().stream().filter(i -> i.image().isPresent()).toList();
        if (withImage.isEmpty()) {
            md.append("No pictures.\n\n");
            return;
        }
        md.append("| Item | Pictogram | Locale | Alt text | Status |\n|---|---|---|---|---|\n");
        for (Item item : withImage) {
            var image = item.image().get();
            for (String locale : q.locales()) {
                md.append(row(item.id(), image.pictogram(), locale,
                        AltTextCheck.altText(image, locale).orElse("—"),
                        AltTextCheck.passes(image, locale) ? "ok" : "❌"));
            }
        }
        md.append('\n');
    }

    private void contrast(StringBuilder md) {
        md.append("## Contrast\n\nFrom `tokens.yaml`. AA: text 4.5:1, large text and UI 3:1. AAA (high contrast):"
                + " text 7:1, large text and UI 4.5:1.\n\n");
        List<ContrastCheck.Result> results = new ContrastCheck().results(tokens);
        for (String theme : tokens.themes().keySet()) {
            md.append("### ").append(theme).append(" (").append(tokens.theme(theme).level()).append(")\n\n");
            md.append("| Foreground | Background | Use | Ratio | Needs | Result |\n|---|---|---|---:|---:|---|\n");
            results.stream().filter(r -> r.theme().equals(theme)).forEach(r -> md.append(row(
                    r.pair().foreground() + " `" + r.foreground() + "`",
                    r.pair().background() + " `" + r.background() + "`", r.pair().size().key(),
                    Contrast.format(r.ratio()), Contrast.format(r.minimum()), r.passes() ? "pass" : "❌ fail")));
            md.append('\n');
        }
    }

    private void audio(StringBuilder md, Questionnaire q) {
        md.append("## Read-aloud audio\n\n");
        if (audioRoot.isEmpty()) {
            md.append("Not checked: no audio folder given.\n");
            return;
        }
        md.append("Title, intro, every question, answer option and line label, per locale (espeak-ng → MP3 ")
                .append(se.lyssna.accessibility.audio.AudioGenerator.MP3_KBPS).append(" kbps mono).\n\n");
        md.append("| Locale | Texts | Current | Missing | Stale | Size | Duration |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (AudioCoverage.LocaleCoverage c : new AudioCoverage(audioRoot.get()).coverage(q)) {
            md.append(row(c.locale(), c.expected(), c.current(), c.missing(), c.stale(),
                    String.format(Locale.ROOT, "%.1f kB", c.bytes() / 1024.0),
                    String.format(Locale.ROOT, "%.0f s", c.seconds())));
        }
    }

    private String audioSummary(Questionnaire q) {
        int expected = 0;
        int current = 0;
        for (AudioCoverage.LocaleCoverage c : new AudioCoverage(audioRoot.get()).coverage(q)) {
            expected += c.expected();
            current += c.current();
        }
        return current + " of " + expected + " texts have current audio";
    }

    private static String row(Object... cells) {
        StringBuilder row = new StringBuilder("|");
        for (Object cell : cells) {
            row.append(' ').append(cell(String.valueOf(cell))).append(" |");
        }
        return row.append('\n').toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\s+", " ");
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
