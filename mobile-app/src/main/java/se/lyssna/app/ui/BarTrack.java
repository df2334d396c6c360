package se.lyssna.app.ui;

import javafx.scene.layout.Region;

/**
 * A horizontal bar on a 0–100 % track. The track's outline marks 100 %, so a bar reads without colour; a hidden
 * figure is a striped, dashed box across the whole track ({@code bar-hidden}), never a bar of some length.
 */
public class BarTrack extends Region {
    private final Region bar = new Region();
    private final double fraction;

    /** @param percent 0–100, or null for a figure without a length (hidden or not available) */
    public BarTrack(Integer percent, String... barStyles) {
        this.fraction = percent == null ? 1.0 : Math.max(0, Math.min(100, percent)) / 100.0;
        getStyleClass().add("bar-track");
        bar.getStyleClass().add("bar");
        bar.getStyleClass().addAll(barStyles);
        getChildren().add(bar);
        setMinWidth(40);
    }

    public double fraction() {
        return fraction;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        bar.resizeRelocate(snappedLeftInset(), snappedTopInset(), Math.max(fraction > 0 ? 2 : 0, w * fraction), h);
    }
}
