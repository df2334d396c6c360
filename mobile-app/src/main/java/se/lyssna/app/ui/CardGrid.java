package se.lyssna.app.ui;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/** Cards in as many equal columns as fit (one on a phone, two on a tablet, three on a desktop). */
public class CardGrid extends Pane {
    private final double minCardWidth;
    private final double gap;

    public CardGrid(double minCardWidth, double gap) {
        this.minCardWidth = minCardWidth;
        this.gap = gap;
        getStyleClass().add("card-grid");
    }

    public int columnsFor(double width) {
        return Math.max(1, (int) Math.floor((width + gap) / (minCardWidth + gap)));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return minCardWidth + in.getLeft() + in.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = (width < 0 ? Math.max(getWidth(), minCardWidth) : width) - in.getLeft() - in.getRight();
        int cols = columnsFor(inner);
        double cardWidth = (inner - gap * (cols - 1)) / cols;
        double total = 0;
        int i = 0;
        var managed = getManagedChildren();
        while (i < managed.size()) {
            double row = 0;
            for (int c = 0; c < cols && i < managed.size(); c++, i++) {
                row = Math.max(row, managed.get(i).prefHeight(cardWidth));
            }
            total += row + (total > 0 ? gap : 0);
        }
        return total + in.getTop() + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double inner = getWidth() - in.getLeft() - in.getRight();
        int cols = columnsFor(inner);
        double cardWidth = Math.floor((inner - gap * (cols - 1)) / cols);
        double y = in.getTop();
        var managed = getManagedChildren();
        int i = 0;
        while (i < managed.size()) {
            double row = 0;
            int start = i;
            for (int c = 0; c < cols && i < managed.size(); c++, i++) {
                row = Math.max(row, managed.get(i).prefHeight(cardWidth));
            }
            for (int k = start; k < i; k++) {
                Node n = managed.get(k);
                n.resizeRelocate(in.getLeft() + (k - start) * (cardWidth + gap), y, cardWidth, row);
            }
            y += row + gap;
        }
    }
}
