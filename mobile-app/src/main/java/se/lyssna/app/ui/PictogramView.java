package se.lyssna.app.ui;

import javafx.geometry.NodeOrientation;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Scale;

/**
 * Draws a {@link Pictogram} at a given size (a plain Pane: the view box maps onto it exactly); colours come from the
 * theme via the pict-* style classes.
 */
public class PictogramView extends Pane {
    private final String name;

    public PictogramView(PictogramLibrary library, String name, String alt, double size) {
        this.name = name;
        getStyleClass().add("pictogram");
        // Pictures are not text: keep them as drawn, also in a right-to-left layout.
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(alt);
        Group group = new Group();
        library.find(name).ifPresentOrElse(p -> {
            for (Pictogram.Shape s : p.shapes()) {
                group.getChildren().add(path(s));
            }
            group.getTransforms().add(new Scale(size / p.viewBox(), size / p.viewBox(), 0, 0));
        }, () -> {
            Circle placeholder = new Circle(size / 2, size / 2, size / 2.4);
            placeholder.getStyleClass().addAll("pict-fill-calm", "pict-stroke-ink");
            placeholder.setStrokeWidth(2);
            group.getChildren().add(placeholder);
        });
        getChildren().add(group);
    }

    /** Which pictogram this draws. */
    public String name() {
        return name;
    }

    private static SVGPath path(Pictogram.Shape s) {
        SVGPath path = new SVGPath();
        path.setContent(s.d());
        path.getStyleClass().add("pict-fill-" + (s.fill() == null ? "none" : s.fill()));
        if (s.stroke() != null) {
            path.getStyleClass().add("pict-stroke-" + s.stroke());
            path.setStrokeWidth(s.strokeWidth());
            path.setStrokeLineJoin(StrokeLineJoin.ROUND);
            path.setStrokeLineCap(StrokeLineCap.ROUND);
        }
        return path;
    }
}
