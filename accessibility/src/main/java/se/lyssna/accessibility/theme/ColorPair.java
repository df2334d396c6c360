package se.lyssna.accessibility.theme;

/**
 * A foreground token drawn on a background token, as the app uses it.
 *
 * @param foreground token name of the text or stroke colour
 * @param background token name of what it is drawn on
 * @param size       what it is, which decides the contrast needed
 */
public record ColorPair(String foreground, String background, SizeClass size) {
    @Override
    public String toString() {
        return foreground + " on " + background + " (" + size.key() + ")";
    }
}
