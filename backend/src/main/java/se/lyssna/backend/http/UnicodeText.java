package se.lyssna.backend.http;

/**
 * Text that PostgreSQL can store exactly as it was sent. A NUL cannot be stored in text or jsonb at all, and a lone
 * UTF-16 surrogate has no UTF-8 form, so the driver would silently turn it into '?', changing a child's words.
 * Both are refused before the database sees them.
 */
public final class UnicodeText {
    private UnicodeText() {
    }

    /** What is wrong with the text, or null when it can be stored as it is. */
    public static String defect(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character (\\u0000), which is not text";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a broken character (a lone UTF-16 surrogate, \\u" + Integer.toHexString(c)
                        + "); send the text as valid UTF-8";
            }
        }
        return null;
    }
}
