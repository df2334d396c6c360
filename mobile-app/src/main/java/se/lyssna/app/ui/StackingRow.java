package se.lyssna.app.ui;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Buttons side by side, of equal width, while each fits its longest word; stacked full width when they do not
 * (large text on a phone). Unlike an HBox it never squeezes a button below its minimum width.
 */
public class StackingRow extends Pane {
    private static final double GAP = 8;

    public StackingRow(Node... children) {
        getChildren().addAll(children);
        getStyleClass().add("nav-row");
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private List<Node> shown() {
        return getManagedChildren();
    }

    private boolean fitsSideBySide(double width) {
        List<Node> nodes = shown();
        double each = (width - GAP * (nodes.size() - 1)) / Math.max(1, nodes.size());
        return nodes.stream().allMatch(n -> n.minWidth(-1) <= each + 0.5);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset()
                + shown().stream().mapToDouble(n -> n.minWidth(-1)).max().orElse(0);
    }

    @Override
    protected double computePrefWidth(double height) {
        List<Node> nodes = shown();
        return snappedLeftInset() + snappedRightInset() + GAP * Math.max(0, nodes.size() - 1)
                + nodes.stream().mapToDouble(n -> n.prefWidth(-1)).sum();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        List<Node> nodes = shown();
        double h;
        if (fitsSideBySide(inner)) {
            double each = (inner - GAP * (nodes.size() - 1)) / Math.max(1, nodes.size());
            h = nodes.stream().mapToDouble(n -> n.prefHeight(each)).max().orElse(0);
        } else {
            h = nodes.stream().mapToDouble(n -> n.prefHeight(inner)).sum() + GAP * Math.max(0, nodes.size() - 1);
        }
        return snappedTopInset() + snappedBottomInset() + h;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = getWidth() - x - snappedRightInset();
        List<Node> nodes = shown();
        if (fitsSideBySide(inner)) {
            double each = (inner - GAP * (nodes.size() - 1)) / Math.max(1, nodes.size());
            double h = nodes.stream().mapToDouble(n -> n.prefHeight(each)).max().orElse(0);
            for (Node n : nodes) {
                n.resizeRelocate(x, y, each, h);
                x += each + GAP;
            }
        } else {
            for (Node n : nodes) {
                double h = n.prefHeight(inner);
                n.resizeRelocate(x, y, inner, h);
                y += h + GAP;
            }
        }
    }
}
