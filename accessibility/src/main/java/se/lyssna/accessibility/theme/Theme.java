package se.lyssna.accessibility.theme;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One colour theme of the app.
 *
 * @param name        e.g. {@code default} or {@code high-contrast}
 * @param description what it is for, in a line
 * @param level       the contrast it must reach
 * @param colors      token name to {@code #RRGGBB}, in the order written in {@code tokens.yaml}
 */
public record Theme(String name, String description, ContrastLevel level, Map<String, String> colors) {

    /** Prefix of the tokens used to draw pictograms. */
    public static final String PICTOGRAM_PREFIX = "pictogram-";

    public Theme {
        colors = Collections.unmodifiableMap(new LinkedHashMap<>(colors));
    }

    /** The colour of a token; fails on an unknown name so that a typo never silently falls back. */
    public String color(String token) {
        String colour = colors.get(token);
        if (colour == null) {
            throw new IllegalArgumentException("theme " + name + " has no colour '" + token + "'");
        }
        return colour;
    }

    /** The pictogram roles without their prefix: ink, face, accent, calm, warm, paper → colour. */
    public Map<String, String> pictogram() {
        Map<String, String> roles = new LinkedHashMap<>();
        colors.forEach((token, colour) -> {
            if (token.startsWith(PICTOGRAM_PREFIX)) {
                roles.put(token.substring(PICTOGRAM_PREFIX.length()), colour);
            }
        });
        return Collections.unmodifiableMap(roles);
    }

    /**
     * The colours as JavaFX looked-up colours on {@code .root}, e.g. {@code -lyssna-text: #2B2420;}, for the app to
     * add as a stylesheet and refer to from its own CSS.
     */
    public String asJavaFxCss() {
        StringBuilder css = new StringBuilder("/* Generated from tokens.yaml, theme ").append(name).append(" */\n");
        css.append(".root {\n");
        colors.forEach((token, colour) -> css.append("    -lyssna-").append(token).append(": ").append(colour)
                .append(";\n"));
        return css.append("}\n").toString();
    }
}
