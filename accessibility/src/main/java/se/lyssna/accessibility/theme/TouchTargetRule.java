package se.lyssna.accessibility.theme;

import java.util.Locale;
import java.util.Optional;
import se.lyssna.definitions.Violation;

/**
 * Every control a child can touch is at least 48×48 px (Material and Apple guidance; stricter than WCAG 2.2's
 * 24×24 px minimum in 2.5.8, because small hands, shaky hands and switch access all need the room). The app's UI
 * tests call {@link #check} for each control they lay out.
 */
public final class TouchTargetRule {

    /** Minimum width and height of a touch target in CSS/JavaFX pixels. */
    public static final double MIN_SIZE_PX = 48.0;
    /** Violation code. */
    public static final String CODE = "touch-target-too-small";

    private TouchTargetRule() {
    }

    /** Whether a control of this size is large enough. */
    public static boolean passes(double width, double height) {
        return width >= MIN_SIZE_PX && height >= MIN_SIZE_PX;
    }

    /** A violation naming the control and its size when it is too small; empty when it passes. */
    public static Optional<Violation> check(String controlId, double width, double height) {
        if (passes(width, height)) {
            return Optional.empty();
        }
        return Optional.of(Violation.atItem("mobile-app", controlId, CODE, String.format(Locale.ROOT,
                "control %s is %.0f×%.0f px, needs at least %.0f×%.0f px", controlId, width, height,
                MIN_SIZE_PX, MIN_SIZE_PX)));
    }
}
