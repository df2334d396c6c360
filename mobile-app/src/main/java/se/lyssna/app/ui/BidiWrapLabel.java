package se.lyssna.app.ui;

import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * A wrapping label that also wraps right-to-left text correctly. JavaFX 21 reorders a bidi paragraph before it
 * wraps it, so wrapped Arabic lines come out in the wrong order and overflow; here lines are broken by hand at word
 * boundaries (each line then fits and is laid out on its own), and only for text with right-to-left characters.
 */
public class BidiWrapLabel extends Label {
    private String source = "";
    private boolean updating;
    private double brokenFor = -1;

    public BidiWrapLabel(String text) {
        setWrapText(true);
        textProperty().addListener((o, was, now) -> {
            if (!updating) {
                source = now == null ? "" : now;
                brokenFor = -1;
                requestLayout();
            }
        });
        setText(text);
        widthProperty().addListener((o, was, now) -> rebreak());
        fontProperty().addListener((o, was, now) -> {
            brokenFor = -1;
            rebreak();
        });
    }

    /** The text as given, without the inserted line breaks. */
    public String sourceText() {
        return source;
    }

    @Override
    protected void layoutChildren() {
        rebreak();
        super.layoutChildren();
    }

    private void rebreak() {
        if (!hasRightToLeft(source)) {
            return;
        }
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        if (width <= 0 || Math.abs(width - brokenFor) < 0.5) {
            return;
        }
        brokenFor = width;
        String broken = breakLines(source, width);
        if (!broken.equals(getText())) {
            updating = true;
            setText(broken);
            updating = false;
        }
    }

    private String breakLines(String text, double width) {
        Text measure = new Text();
        measure.setFont(getFont());
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                measure.setText(candidate);
                if (line.length() > 0 && measure.getLayoutBounds().getWidth() > width - 2) {
                    out.append(line).append('\n');
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            out.append(line);
        }
        return out.toString();
    }

    static boolean hasRightToLeft(String s) {
        for (int i = 0; i < s.length(); i++) {
            byte d = Character.getDirectionality(s.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }
}
