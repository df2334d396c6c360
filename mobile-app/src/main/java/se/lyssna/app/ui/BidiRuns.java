package se.lyssna.app.ui;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The Bidi side of {@link TextLines}: a line's runs in visual order, and how a right-to-left run is drawn. */
final class BidiRuns {
    private BidiRuns() {
    }

    /** One run of one direction: [start, end) of the source text. */
    record Run(int start, int end, boolean rightToLeft) {
    }

    /** One line: its runs left to right as drawn; hyphen when a word too long for any line goes on below. */
    record Line(List<Run> visual, boolean hyphen) {
        Line(List<Run> visual) {
            this(visual, false);
        }
    }

    /**
     * A right-to-left run split into its letters and the rest (brackets, stops, spaces at its ends), in visual
     * order. Why: a font for Arabic often lacks the brackets, and JavaFX misplaces glyphs taken from a fallback
     * font inside a right-to-left run; drawn apart, each piece stays where it belongs.
     */
    static List<Run> pieces(String s, Run run) {
        List<Run> logical = new ArrayList<>();
        int start = run.start();
        for (int i = run.start() + 1; i <= run.end(); i++) {
            if (i == run.end() || letter(s, i) != letter(s, start)) {
                logical.add(new Run(start, i, letter(s, start)));
                start = i;
            }
        }
        Collections.reverse(logical);
        return logical;
    }

    /** A letter of a right-to-left script or a mark on one; a space between two such letters counts as one. */
    private static boolean letter(String s, int i) {
        char c = s.charAt(i);
        if (c == ' ' && i > 0 && i + 1 < s.length()) {
            return rtlLetter(s.charAt(i - 1)) && rtlLetter(s.charAt(i + 1));
        }
        return rtlLetter(c);
    }

    private static boolean rtlLetter(char c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || d == Character.DIRECTIONALITY_NONSPACING_MARK;
    }

    /** Neutral characters of a right-to-left run, drawn left to right: reversed, brackets mirrored. */
    static String mirrored(String s, Run piece, boolean inRightToLeft) {
        String content = s.substring(piece.start(), piece.end());
        if (!inRightToLeft) {
            return content;
        }
        StringBuilder out = new StringBuilder(content.length());
        for (int i = content.length() - 1; i >= 0; i--) {
            char c = content.charAt(i);
            int m = MIRRORS.indexOf(c);
            out.append(m < 0 ? c : MIRRORS.charAt(m ^ 1));
        }
        return out.toString();
    }

    /** Pairs of mirrored characters, each pair side by side. */
    private static final String MIRRORS = "()[]{}<>«»‹›";

    static int trimEnd(String s, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    static Line line(Bidi paragraphBidi, String paragraph, int offset, int start, int end) {
        if (end <= start) {
            return new Line(List.of());
        }
        Bidi bidi = paragraphBidi.createLineBidi(start, end);
        int count = bidi.getRunCount();
        Run[] runs = new Run[count];
        byte[] levels = new byte[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = new Run(offset + start + bidi.getRunStart(i), offset + start + bidi.getRunLimit(i),
                    (levels[i] & 1) == 1);
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return new Line(List.of(runs));
    }
}
