package se.lyssna.accessibility.theme;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WCAG 2.x relative luminance and contrast ratio of sRGB colours written as {@code #RRGGBB} (or {@code #RGB}).
 *
 * @see <a href="https://www.w3.org/TR/WCAG22/#dfn-relative-luminance">WCAG 2.2 relative luminance</a>
 */
public final class Contrast {

    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    private Contrast() {
    }

    /** Whether {@code colour} is a hex colour this class understands. */
    public static boolean isHexColour(String colour) {
        return colour != null && HEX.matcher(colour.strip()).matches();
    }

    /** Relative luminance from 0 (black) to 1 (white). */
    public static double luminance(String hexColour) {
        int rgb = parse(hexColour);
        return 0.2126 * channel((rgb >> 16) & 0xFF)
                + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    }

    /** Contrast ratio from 1 (same colour) to 21 (black on white); the order of the two colours does not matter. */
    public static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The ratio as WCAG tools show it, e.g. {@code 4.48:1}. */
    public static String format(double ratio) {
        return String.format(Locale.ROOT, "%.2f:1", ratio);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        // 0.04045 is the threshold of the sRGB specification; WCAG 2.x quotes 0.03928, which gives the same result
        // for every 8-bit value.
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static int parse(String hexColour) {
        if (!isHexColour(hexColour)) {
            throw new IllegalArgumentException("not a #RRGGBB colour: " + hexColour);
        }
        String hex = hexColour.strip().replace("#", "");
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return Integer.parseInt(hex, 16);
    }
}
