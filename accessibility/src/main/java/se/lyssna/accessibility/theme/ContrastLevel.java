package se.lyssna.accessibility.theme;

/** The contrast a theme promises. */
public enum ContrastLevel {
    /** WCAG 2.2 AA: 4.5:1 for text, 3:1 for large text and non-text UI (1.4.3, 1.4.11). The legal floor. */
    AA(4.5, 3.0, 3.0),
    /**
     * WCAG 2.2 AAA text contrast (1.4.6): 7:1 and 4.5:1 for large text. WCAG asks no more than 3:1 for UI parts;
     * the high-contrast theme asks 4.5:1 because the children who turn it on are those who need it most.
     */
    AAA(7.0, 4.5, 4.5);

    private final double normalText;
    private final double largeText;
    private final double ui;

    ContrastLevel(double normalText, double largeText, double ui) {
        this.normalText = normalText;
        this.largeText = largeText;
        this.ui = ui;
    }

    /** The lowest contrast ratio allowed for a pair of this size class. */
    public double minimum(SizeClass size) {
        switch (size) {
            case NORMAL_TEXT:
                return normalText;
            case LARGE_TEXT:
                return largeText;
            default:
                return ui;
        }
    }
}
