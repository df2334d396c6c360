package se.lyssna.accessibility.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.lyssna.definitions.Violation;

class ThemeTokensTest {

    private final ThemeTokens tokens = ThemeTokens.load();

    @Test
    void load_bundledTokens_hasDefaultAndHighContrastWithTheSameColourNames() {
        assertThat(tokens.themes().keySet()).containsExactly("default", "high-contrast");
        assertThat(tokens.theme("high-contrast").colors().keySet())
                .containsExactlyElementsOf(tokens.theme("default").colors().keySet());
        assertThat(tokens.theme("default").colors().keySet()).startsWith("background", "surface", "text",
                "text-muted", "primary", "on-primary", "accent", "focus", "error", "success");
        assertThat(tokens.theme("default").color("background")).isEqualTo("#FBF6EE");
    }

    @Test
    void pictogram_returnsRolesWithoutPrefix() {
        assertThat(tokens.theme("default").pictogram().keySet())
                .containsExactly("ink", "face", "accent", "calm", "warm", "paper");
    }

    @Test
    void contrastCheck_bundledThemes_passEveryPair() {
        assertThat(new ContrastCheck().violations(tokens)).isEmpty();
    }

    @Test
    void contrastCheck_highContrastTheme_givesTextAtLeast7To1() {
        assertThat(new ContrastCheck().results(tokens)).filteredOn(r -> r.theme().equals("high-contrast")
                        && r.pair().size() == SizeClass.NORMAL_TEXT)
                .isNotEmpty().allSatisfy(r -> assertThat(r.ratio()).isGreaterThanOrEqualTo(7.0));
    }

    @Test
    void contrastCheck_whenTextColourIsLowContrast_failsWithRatioAndLimit() {
        ThemeTokens grey = ThemeTokens.parse("bad-tokens.yaml", """
                themes:
                  default:
                    level: AA
                    colors: {background: "#FFFFFF", text: "#777777", focus: "#000000"}
                pairs:
                  - {fg: text, bg: background, size: normal-text}
                  - {fg: text, bg: background, size: large-text}
                """);
        List<Violation> violations = new ContrastCheck().violations(grey);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.file()).isEqualTo("bad-tokens.yaml");
            assertThat(v.code()).isEqualTo(ContrastCheck.LOW_CONTRAST);
            assertThat(v.message()).isEqualTo("theme default: text #777777 on background #FFFFFF has contrast"
                    + " 4.48:1, needs at least 4.50:1 for normal-text");
        });
    }

    @Test
    void contrastCheck_whenPairNamesUnknownColour_reportsIt() {
        ThemeTokens typo = ThemeTokens.parse("typo.yaml", """
                themes:
                  default: {colors: {background: "#FFFFFF", text: "#000000"}}
                pairs:
                  - {fg: txt, bg: background, size: normal-text}
                """);
        assertThat(new ContrastCheck().violations(typo)).extracting(Violation::code)
                .containsExactly(ContrastCheck.UNKNOWN_TOKEN);
    }

    @Test
    void asJavaFxCss_declaresEveryColourAsLookedUpColour() {
        String css = tokens.theme("default").asJavaFxCss();
        assertThat(css).contains(".root {", "-lyssna-background: #FBF6EE;", "-lyssna-pictogram-ink: #3A2F28;");
    }
}
