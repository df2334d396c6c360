package se.lyssna.app.theme;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import se.lyssna.accessibility.theme.Theme;
import se.lyssna.accessibility.theme.ThemeTokens;

/**
 * Builds the colour and size half of the app's CSS at run time from the accessibility module's tokens, as a
 * {@code data:} stylesheet. The structure half is the static {@code lyssna.css}, which only uses looked-up colours.
 */
public final class ThemeStylesheet {
    /** Base font size at 100 %; all other sizes in lyssna.css are in em. */
    public static final double BASE_FONT_PX = 17;

    private final ThemeTokens tokens;

    public ThemeStylesheet(ThemeTokens tokens) {
        this.tokens = tokens;
    }

    public Theme theme(boolean highContrast) {
        return tokens.theme(highContrast ? ThemeTokens.HIGH_CONTRAST_THEME : ThemeTokens.DEFAULT_THEME);
    }

    /** The CSS text for a theme and a text scale (1.0 – 2.0). */
    public String css(boolean highContrast, double textScale) {
        Theme theme = theme(highContrast);
        return theme.asJavaFxCss() + String.format(Locale.ROOT,
                ".root {%n    -fx-font-size: %.1fpx;%n"
                        + "    -fx-base: -lyssna-surface;%n"
                        + "    -fx-background: -lyssna-background;%n"
                        + "    -fx-control-inner-background: -lyssna-surface;%n"
                        + "    -fx-accent: -lyssna-primary;%n"
                        + "    -fx-focus-color: -lyssna-focus;%n"
                        + "    -fx-faint-focus-color: transparent;%n"
                        + "    -fx-text-base-color: -lyssna-text;%n"
                        + "    -fx-text-background-color: -lyssna-text;%n"
                        + "    -fx-text-inner-color: -lyssna-text;%n"
                        + "    -fx-selection-bar: -lyssna-primary;%n"
                        + "    -fx-selection-bar-text: -lyssna-on-primary;%n}%n",
                BASE_FONT_PX * textScale);
    }

    /** The same CSS as a URL that {@code Scene.getStylesheets()} accepts. */
    public String dataUrl(boolean highContrast, double textScale) {
        String css = css(highContrast, textScale);
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
