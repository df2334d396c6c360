package se.lyssna.app.ui;

import javafx.scene.control.ToggleButton;

/** A toggle button whose words wrap but are never broken, in either direction ({@link TextLines}). */
public class WrapToggle extends ToggleButton implements HasLines {
    private final TextLines lines;

    public WrapToggle(String text) {
        super(text);
        lines = HasLines.attach(this);
    }

    @Override
    public TextLines lines() {
        return lines;
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(MIN_TOUCH, HasLines.prefHeight(this, lines, width));
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.max(MIN_TOUCH, HasLines.prefHeight(this, lines, width));
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(MIN_TOUCH, HasLines.prefWidth(this, lines));
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(MIN_TOUCH, HasLines.minWidth(this, lines));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        HasLines.layout(this, lines);
    }
}
