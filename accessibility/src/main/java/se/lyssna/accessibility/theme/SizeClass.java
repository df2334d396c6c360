package se.lyssna.accessibility.theme;

import java.util.Arrays;

/** What a colour pair is used for, which decides the contrast it needs. */
public enum SizeClass {
    /** Body text below 24 px (18.5 px bold). */
    NORMAL_TEXT("normal-text"),
    /** Text of at least 24 px, or 18.5 px bold. */
    LARGE_TEXT("large-text"),
    /** Borders, icons, focus rings and pictogram strokes (WCAG 1.4.11 non-text contrast). */
    UI("ui");

    private final String key;

    SizeClass(String key) {
        this.key = key;
    }

    /** The name used in {@code tokens.yaml}. */
    public String key() {
        return key;
    }

    public static SizeClass byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown size class '" + key
                        + "' (normal-text, large-text or ui)"));
    }
}
