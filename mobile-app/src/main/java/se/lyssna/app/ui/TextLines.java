package se.lyssna.app.ui;

import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A text laid out by hand: lines broken only between words, each line's runs of one direction put in the visual
 * order that {@link java.text.Bidi} gives, each run its own {@link Text} node. Why: JavaFX 21 places wrapped
 * right-to-left lines off the edge and misplaces the glyphs it takes from a fallback font (Latin words, digits,
 * spaces and brackets inside Arabic), and its wrapping breaks a word that is wider than the line. A Text node that
 * holds a single run of one direction is never reordered, so what is drawn is what Bidi says.
 * An optional picture sits on the leading side, centred against the lines.
 */
public final class TextLines extends Region {
    /** Each run node's first character in the source text, for tests that check the visual order. */
    public static final String SOURCE_START = "lyssna.source-start";

    private static final double PICTURE_GAP = 8;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Font> font = new SimpleObjectProperty<>(this, "font", Font.getDefault());
    private final ObjectProperty<Paint> fill = new SimpleObjectProperty<>(this, "fill", Color.BLACK);
    private final ObjectProperty<TextAlignment> alignment =
            new SimpleObjectProperty<>(this, "alignment", TextAlignment.LEFT);
    private final ObjectProperty<NodeOrientation> direction =
            new SimpleObjectProperty<>(this, "direction", NodeOrientation.LEFT_TO_RIGHT);
    private Node picture;
    private boolean pictureOnTop;
    private List<BidiRuns.Line> lines = List.of();
    private final List<List<Text>> lineNodes = new ArrayList<>();
    private double linesFor = Double.NaN;
    private double cachedFor = Double.NaN;
    private List<BidiRuns.Line> cached = List.of();

    public TextLines() {
        // Inside, x grows to the right whatever the screen's direction: runs are placed in visual order by hand.
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        getStyleClass().add("text-lines");
        text.addListener((o, was, now) -> invalidate());
        font.addListener((o, was, now) -> invalidate());
        direction.addListener((o, was, now) -> invalidate());
        alignment.addListener((o, was, now) -> requestLayout());
        fill.addListener((o, was, now) -> getChildren().stream().filter(Text.class::isInstance)
                .forEach(n -> ((Text) n).setFill(now)));
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Font> fontProperty() {
        return font;
    }

    public ObjectProperty<Paint> fillProperty() {
        return fill;
    }

    public ObjectProperty<TextAlignment> alignmentProperty() {
        return alignment;
    }

    /** The paragraph direction: right to left puts the first run on the right and aligns lines right. */
    public ObjectProperty<NodeOrientation> directionProperty() {
        return direction;
    }

    public void setPicture(Node node) {
        if (picture != null) {
            getChildren().remove(picture);
        }
        picture = node;
        invalidate();
    }

    /** The picture above the lines, both centred (faces side by side), instead of on the leading side. */
    public void setPictureOnTop(boolean onTop) {
        if (onTop != pictureOnTop) {
            pictureOnTop = onTop;
            invalidate();
        }
    }

    private void invalidate() {
        linesFor = Double.NaN;
        cachedFor = Double.NaN;
        requestLayout();
        if (getParent() != null) {
            getParent().requestLayout();
        }
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        // A word longer than about five em is hyphenated rather than widen the screen (see emit). A picture goes
        // above the words when it leaves them too little room beside it, so it adds nothing to the minimum.
        double pictureW = picture == null ? 0 : picture.prefWidth(-1);
        return snappedLeftInset() + snappedRightInset() + Math.max(pictureW, widestWord());
    }

    /** The widest word, as the minimum counts it (capped at five em). */
    private double widestWord() {
        double widest = 0;
        String s = source();
        BreakIterator words = BreakIterator.getLineInstance();
        words.setText(s);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            widest = Math.max(widest, measure(s.substring(start, end).strip()));
        }
        return Math.min(widest, 5 * font.get().getSize());
    }

    /** The picture above the words: asked for (faces side by side), or the words would not fit beside it. */
    private boolean onTop(double width) {
        if (picture == null) {
            return false;
        }
        return pictureOnTop || width - snappedLeftInset() - snappedRightInset() - picture.prefWidth(-1)
                - PICTURE_GAP < widestWord() - 0.5;
    }

    @Override
    protected double computePrefWidth(double height) {
        double widest = 0;
        for (String paragraph : source().split("\n", -1)) {
            widest = Math.max(widest, measure(paragraph));
        }
        return snappedLeftInset() + snappedRightInset() + pictureWidth() + widest;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width >= 0 ? width : getWidth() > 0 ? getWidth() : computePrefWidth(-1);
        boolean top = onTop(w);
        double textWidth = w - snappedLeftInset() - snappedRightInset() - (top ? 0 : pictureWidth());
        if (Double.isNaN(cachedFor) || Math.abs(cachedFor - textWidth) > 0.5) {
            cached = breakLines(textWidth);
            cachedFor = textWidth;
        }
        double textHeight = cached.size() * lineHeight();
        double pictureHeight = picture == null ? 0 : picture.prefHeight(-1);
        double content = top ? pictureHeight + PICTURE_GAP + textHeight : Math.max(textHeight, pictureHeight);
        return snappedTopInset() + snappedBottomInset() + content;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        boolean above = onTop(getWidth());
        double textWidth = width - (above ? 0 : pictureWidth());
        if (Double.isNaN(linesFor) || Math.abs(linesFor - textWidth) > 0.5) {
            lines = breakLines(textWidth);
            linesFor = textWidth;
            rebuildNodes();
        }
        boolean rtl = direction.get() == NodeOrientation.RIGHT_TO_LEFT;
        double textLeft = left + (rtl || above ? 0 : pictureWidth());
        double textHeight = lines.size() * lineHeight();
        double y = top + Math.max(0, (height - textHeight) / 2);
        if (picture != null) {
            double pw = picture.prefWidth(-1);
            double ph = picture.prefHeight(-1);
            if (above) {
                double block = ph + PICTURE_GAP + textHeight;
                double py = top + Math.max(0, (height - block) / 2);
                picture.resizeRelocate(left + Math.max(0, (width - pw) / 2), py, pw, ph);
                y = py + ph + PICTURE_GAP;
            } else {
                double px = rtl ? left + width - pw : left;
                picture.resizeRelocate(px, top + Math.max(0, (height - ph) / 2), pw, ph);
            }
        }
        for (List<Text> line : lineNodes) {
            double lineWidth = line.stream().mapToDouble(t -> t.getLayoutBounds().getWidth()).sum();
            double x = textLeft + (above ? Math.max(0, (textWidth - lineWidth) / 2)
                    : offset(textWidth - lineWidth, rtl));
            for (Text run : line) {
                run.relocate(x, y);
                x += run.getLayoutBounds().getWidth();
            }
            y += lineHeight();
        }
    }

    private double offset(double spare, boolean rtl) {
        TextAlignment a = alignment.get();
        if (a == TextAlignment.CENTER) {
            return Math.max(0, spare / 2);
        }
        // LEFT and JUSTIFY mean "leading", as JavaFX reads them in a right-to-left scene.
        boolean toRight = (a == TextAlignment.RIGHT) != rtl;
        return toRight ? Math.max(0, spare) : 0;
    }

    private void rebuildNodes() {
        List<Node> nodes = new ArrayList<>();
        if (picture != null) {
            nodes.add(picture);
        }
        String s = source();
        lineNodes.clear();
        for (BidiRuns.Line line : lines) {
            List<Text> drawn = new ArrayList<>();
            lineNodes.add(drawn);
            for (BidiRuns.Run run : line.visual()) {
                for (BidiRuns.Run piece : run.rightToLeft() ? BidiRuns.pieces(s, run) : List.of(run)) {
                    Text t = runNode(piece.rightToLeft() ? s.substring(piece.start(), piece.end())
                            : BidiRuns.mirrored(s, piece, run.rightToLeft()));
                    t.setFill(fill.get());
                    t.getProperties().put(SOURCE_START, piece.start());
                    nodes.add(t);
                    drawn.add(t);
                }
            }
            if (line.hyphen()) {
                // Only in left-to-right text, so the hyphen goes at the right end; it is not in the source.
                Text hyphen = runNode("-");
                hyphen.setFill(fill.get());
                hyphen.getProperties().put(SOURCE_START, -1);
                nodes.add(hyphen);
                drawn.add(hyphen);
            }
        }
        getChildren().setAll(nodes);
    }

    private Text runNode(String content) {
        Text t = new Text(content);
        t.setFont(font.get());
        t.setTextOrigin(VPos.TOP);
        // Left to right even for letters of a right-to-left script: the piece holds only those letters (and
        // spaces between them), which JavaFX draws right to left in any case; an orientation would mirror it.
        t.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        t.setManaged(false);
        return t;
    }

    /** Greedy breaking at the line-break opportunities of {@link BreakIterator}; a too-long word stands alone. */
    List<BidiRuns.Line> breakLines(double width) {
        String s = source();
        List<BidiRuns.Line> out = new ArrayList<>();
        int offset = 0;
        for (String paragraph : s.split("\n", -1)) {
            breakParagraph(paragraph, offset, width, out);
            offset += paragraph.length() + 1;
        }
        return out;
    }

    private void breakParagraph(String paragraph, int offset, double width, List<BidiRuns.Line> out) {
        if (paragraph.isEmpty()) {
            out.add(new BidiRuns.Line(List.of()));
            return;
        }
        Bidi bidi = new Bidi(paragraph, direction.get() == NodeOrientation.RIGHT_TO_LEFT
                ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(paragraph);
        int lineStart = 0;
        int lineEnd = 0;
        for (int end = breaks.following(0); end != BreakIterator.DONE; end = breaks.next()) {
            int visibleEnd = BidiRuns.trimEnd(paragraph, lineStart, end);
            if (lineEnd > lineStart && measure(paragraph.substring(lineStart, visibleEnd)) > width) {
                emit(bidi, paragraph, offset, lineStart, BidiRuns.trimEnd(paragraph, lineStart, lineEnd), width, out);
                lineStart = lineEnd;
            }
            lineEnd = end;
        }
        emit(bidi, paragraph, offset, lineStart, BidiRuns.trimEnd(paragraph, lineStart, paragraph.length()), width,
                out);
    }

    /**
     * One line; only a single word wider than the whole line (a long compound at 200 % on a phone) is split, with
     * a hyphen in left-to-right text, so that it stays readable instead of running off the screen.
     */
    private void emit(Bidi bidi, String paragraph, int offset, int start, int end, double width,
                      List<BidiRuns.Line> out) {
        int from = start;
        boolean ltr = direction.get() != NodeOrientation.RIGHT_TO_LEFT;
        while (end - from > 1 && paragraph.substring(from, end).indexOf(' ') < 0
                && measure(paragraph.substring(from, end)) > width) {
            int cut = from + 1;
            while (cut + 1 < end && measure(paragraph.substring(from, cut + 1) + (ltr ? "-" : "")) <= width) {
                cut++;
            }
            BidiRuns.Line part = BidiRuns.line(bidi, paragraph, offset, from, cut);
            out.add(new BidiRuns.Line(part.visual(), ltr));
            from = cut;
        }
        out.add(BidiRuns.line(bidi, paragraph, offset, from, end));
    }

    private double measure(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        Text t = new Text(s);
        t.setFont(font.get());
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    private double lineHeight() {
        Text t = new Text("Hg");
        t.setFont(font.get());
        return Math.ceil(t.getLayoutBounds().getHeight());
    }

    /** The width the picture takes from the lines when it sits beside them. */
    private double pictureWidth() {
        return picture == null ? 0 : picture.prefWidth(-1) + PICTURE_GAP;
    }

    private String source() {
        return text.get() == null ? "" : text.get();
    }
}
