package se.lyssna.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.lyssna.accessibility.readability.ReadabilityCheck;
import se.lyssna.accessibility.readability.TextScore;
import se.lyssna.accessibility.theme.ThemeTokens;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireCatalog;
import se.lyssna.definitions.Violation;

/**
 * The build gate: every questionnaire in survey-definitions and the theme tokens keep the accessibility rules.
 * Audio coverage is checked too when {@code -Dlyssna.audio.dir=<folder>} is given (audio is generated, not kept in
 * git).
 */
class BundledQuestionnairesAccessibilityTest {

    private static Path questionnaires() {
        return Path.of(System.getProperty("lyssna.questionnaires.dir", "../survey-definitions/questionnaires"));
    }

    @Test
    void bundledQuestionnairesAndTheme_keepEveryAccessibilityRule() {
        Path dir = questionnaires();
        assumeTrue(Files.exists(dir.resolve(QuestionnaireCatalog.INDEX_FILE)), "no questionnaires yet in " + dir);
        QuestionnaireCatalog catalog = QuestionnaireCatalog.fromDirectory(dir);
        Optional<Path> audio = Optional.ofNullable(System.getProperty("lyssna.audio.dir")).map(Path::of);

        List<Violation> violations = AcceptedViolations.read(Path.of("accepted-violations.txt"))
                .filter(new AccessibilityCheck().checkAll(catalog, ThemeTokens.load(), audio));

        printHardestTexts(catalog);
        assertThat(violations).as(() -> violations.size() + " accessibility violation(s):\n"
                + String.join("\n", violations.stream().map(Violation::toString).toList())).isEmpty();
    }

    private static void printHardestTexts(QuestionnaireCatalog catalog) {
        ReadabilityCheck readability = new ReadabilityCheck();
        for (Questionnaire q : catalog.all()) {
            System.out.println("Hardest texts of " + q.id() + ":");
            for (TextScore s : readability.worst(q, 5)) {
                System.out.printf(Locale.ROOT, "  %.2f %-24s %-9s %s%n", s.strain(), s.textId(), s.locale(),
                        s.text());
            }
        }
    }
}
