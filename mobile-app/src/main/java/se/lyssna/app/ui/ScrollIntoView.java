package se.lyssna.app.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Keeps the focused control on screen: JavaFX's ScrollPane does not follow keyboard focus by itself. */
public final class ScrollIntoView {
    private ScrollIntoView() {
    }

    public static void of(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null || node == null || !isInside(content, node)) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Bounds nodeBounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double target = top;
        if (nodeBounds.getMinY() < top) {
            target = nodeBounds.getMinY() - 16;
        } else if (nodeBounds.getMaxY() > top + viewport) {
            target = nodeBounds.getMaxY() - viewport + 16;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
    }

    private static boolean isInside(Node parent, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }
}
