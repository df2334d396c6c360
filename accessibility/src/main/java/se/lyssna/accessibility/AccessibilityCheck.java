package se.lyssna.accessibility;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.lyssna.accessibility.audio.AudioCoverage;
import se.lyssna.accessibility.readability.ReadabilityCheck;
import se.lyssna.accessibility.theme.ContrastCheck;
import se.lyssna.accessibility.theme.ThemeTokens;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireCatalog;
import se.lyssna.definitions.Violation;

/**
 * The accessibility build gate: readability and alt text of every questionnaire, contrast of every theme, and,
 * when an audio folder is given, read-aloud audio coverage. Each violation names the file, item, locale, rule and
 * the measured value against its limit.
 */
public final class AccessibilityCheck {

    private final ReadabilityCheck readability = new ReadabilityCheck();
    private final AltTextCheck altText = new AltTextCheck();
    private final ContrastCheck contrast = new ContrastCheck();

    /** The file name a questionnaire is written in, by the convention of FORMAT.md. */
    public static String fileOf(Questionnaire q) {
        return q.key() + "_" + q.version() + ".yaml";
    }

    /** Readability and alt text of one questionnaire. */
    public List<Violation> checkQuestionnaire(String file, Questionnaire q) {
        List<Violation> violations = new ArrayList<>(readability.violations(file, q));
        violations.addAll(altText.violations(file, q));
        return violations;
    }

    /** Contrast of every pair in every theme. */
    public List<Violation> checkTheme(ThemeTokens tokens) {
        return contrast.violations(tokens);
    }

    /** Missing or stale audio of one questionnaire under {@code audioRoot}. */
    public List<Violation> checkAudio(String file, Questionnaire q, Path audioRoot) {
        return new AudioCoverage(audioRoot).violations(file, q);
    }

    /** Everything: all questionnaires of the catalog, the theme tokens, and audio when {@code audioRoot} is given. */
    public List<Violation> checkAll(QuestionnaireCatalog catalog, ThemeTokens tokens, Optional<Path> audioRoot) {
        List<Violation> violations = new ArrayList<>(checkTheme(tokens));
        AudioCoverage audio = audioRoot.map(AudioCoverage::new).orElse(null);
        for (Questionnaire q : catalog.all()) {
            violations.addAll(checkQuestionnaire(fileOf(q), q));
            if (audio != null) {
                violations.addAll(audio.violations(fileOf(q), q));
            }
        }
        return violations;
    }
}
