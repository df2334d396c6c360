package se.lyssna.accessibility.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lyssna.accessibility.Fixtures;
import se.lyssna.accessibility.theme.ThemeTokens;

class MarkdownReportTest {

    @TempDir
    Path audio;

    @Test
    void render_forSmallQuestionnaire_hasEverySectionAndScores() {
        String md = new MarkdownReport(ThemeTokens.load(), Optional.of(audio)).render(Fixtures.small());

        assertThat(md).startsWith("# Accessibility report: small-13-17 2027.1")
                .contains("## Readability", "### Hardest texts", "### sv-x-easy — sv-x-easy 13–17 limits",
                        "## Alt text", "| bem-info-understand | speech-bubble | en | A speech bubble | ok |",
                        "## Contrast", "### high-contrast (AAA)", "| text `#2B2420` | background `#FBF6EE` |",
                        "## Read-aloud audio", "0 of 32 texts have current audio");
    }
}
