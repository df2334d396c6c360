package se.lyssna.app.ui;

import javafx.scene.control.Label;

/** A wrapping label for text of either direction, drawn by {@link TextLines} (why: see there). */
public class BidiWrapLabel extends Label implements HasLines {
    private final TextLines lines;

    public BidiWrapLabel(String text) {
        super(text);
        lines = HasLines.attach(this);
    }

    @Override
    public TextLines lines() {
        return lines;
    }

    @Override
    protected double computePrefHeight(double width) {
        return HasLines.prefHeight(this, lines, width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return HasLines.prefHeight(this, lines, width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return HasLines.prefWidth(this, lines);
    }

    @Override
    protected double computeMinWidth(double height) {
        return HasLines.minWidth(this, lines);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        HasLines.layout(this, lines);
    }
}
