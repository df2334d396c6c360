package se.lyssna.app.ui;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Children side by side when there is room (tablet, landscape), stacked when narrow (phone, large text). */
public class AdaptiveRow extends StackPane {
    private static final PseudoClass WIDE = PseudoClass.getPseudoClass("wide");

    private final List<Node> items;
    private final double thresholdPx;
    private final HBox row = new HBox();
    private final VBox column = new VBox();
    private Boolean wide;

    /** @param thresholdPx the width from which the children go side by side (callers scale it with the text) */
    public AdaptiveRow(double thresholdPx, List<Node> items) {
        this.items = List.copyOf(items);
        this.thresholdPx = thresholdPx;
        getStyleClass().add("adaptive-row");
        row.getStyleClass().add("adaptive-wide");
        column.getStyleClass().add("adaptive-narrow");
        row.setAlignment(Pos.CENTER);
        row.setFillHeight(true);
        column.setFillWidth(true);
        widthProperty().addListener((obs, was, now) -> arrange(now.doubleValue()));
        arrange(0);
    }

    public boolean isWide() {
        return Boolean.TRUE.equals(wide);
    }

    private void arrange(double width) {
        boolean nowWide = width >= thresholdPx;
        if (wide != null && wide == nowWide) {
            return;
        }
        wide = nowWide;
        Pane target = nowWide ? row : column;
        row.getChildren().clear();
        column.getChildren().clear();
        target.getChildren().addAll(items);
        for (Node n : items) {
            HBox.setHgrow(n, nowWide ? Priority.ALWAYS : Priority.NEVER);
            n.pseudoClassStateChanged(WIDE, nowWide);
        }
        getChildren().setAll(target);
    }
}
