package se.lyssna.app.ui;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;

/** A label or button whose text is drawn by {@link TextLines} instead of JavaFX's own text layout. */
public interface HasLines {
    PseudoClass WIDE = PseudoClass.getPseudoClass("wide");
    /** The smallest touch target, 48 × 48 px (TouchTargetRule). */
    double MIN_TOUCH = 48;

    TextLines lines();

    /** Puts the labeled's text, font, colour, alignment and direction into new lines shown as its graphic. */
    static TextLines attach(Labeled labeled) {
        TextLines lines = new TextLines();
        lines.textProperty().bind(labeled.textProperty());
        lines.fontProperty().bind(labeled.fontProperty());
        lines.fillProperty().bind(labeled.textFillProperty());
        lines.alignmentProperty().bind(labeled.textAlignmentProperty());
        lines.directionProperty().bind(labeled.effectiveNodeOrientationProperty());
        // Faces side by side (AdaptiveRow's "wide") put the picture above the words.
        labeled.getPseudoClassStates().addListener((javafx.collections.SetChangeListener<PseudoClass>) c ->
                lines.setPictureOnTop(labeled.getPseudoClassStates().contains(WIDE)));
        labeled.setGraphic(lines);
        labeled.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        labeled.setWrapText(true);
        return lines;
    }

    static double prefHeight(Labeled labeled, TextLines lines, double width) {
        Insets in = labeled.getInsets();
        double inner = width < 0 ? -1 : Math.max(0, width - in.getLeft() - in.getRight());
        return in.getTop() + in.getBottom() + lines.prefHeight(inner);
    }

    static double prefWidth(Labeled labeled, TextLines lines) {
        Insets in = labeled.getInsets();
        return in.getLeft() + in.getRight() + lines.prefWidth(-1);
    }

    /** The widest word: a parent can shrink the text only down to this, so no word is ever broken. */
    static double minWidth(Labeled labeled, TextLines lines) {
        Insets in = labeled.getInsets();
        return in.getLeft() + in.getRight() + lines.minWidth(-1);
    }

    static void layout(Labeled labeled, TextLines lines) {
        Insets in = labeled.getInsets();
        lines.resizeRelocate(in.getLeft(), in.getTop(), Math.max(0, labeled.getWidth() - in.getLeft() - in.getRight()),
                Math.max(0, labeled.getHeight() - in.getTop() - in.getBottom()));
    }
}
