package se.lyssna.app.support;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import se.lyssna.app.ui.ScrollIntoView;

/** What the UI tests do to the app, the way a person would: tap controls, read labels, wait for screens. */
public final class Gestures {
    private Gestures() {
    }

    /** Focus first (which scrolls the control into view, as for a keyboard user), then click it. */
    public static void tap(FxRobot robot, String query) {
        tap(robot, robot.lookup(query).<Node>query());
    }

    public static void tap(FxRobot robot, Node node) {
        robot.interact(() -> {
            node.requestFocus();
            Node n = node.getParent();
            while (n != null && !(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            if (n != null) {
                ScrollIntoView.of((ScrollPane) n, node);
            }
        });
        robot.clickOn(node);
    }

    /**
     * Goes on to the review screen without answering, then answers each required question the review lists as
     * missing with "don't want to answer" (which counts as an answer).
     */
    public static void skipToReview(FxRobot robot) {
        nextUntilReview(robot);
        while (robot.lookup(".missing").tryQuery().isPresent()) {
            tap(robot, robot.lookup(".missing").lookup(".button").<Node>query());
            tap(robot, "#answer-no-answer");
            nextUntilReview(robot);
        }
    }

    private static void nextUntilReview(FxRobot robot) {
        while (robot.lookup("#review-send").tryQuery().isEmpty()) {
            tap(robot, "#question-next");
        }
    }

    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    public static void waitFor(FxRobot robot, String query, Predicate<Node> condition) {
        waitFor(robot, query, condition, 15);
    }

    /** Waits until the node exists and meets the condition; on a time-out says what the node shows instead. */
    public static void waitFor(FxRobot robot, String query, Predicate<Node> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                    .map(condition::test).orElse(false));
        } catch (TimeoutException e) {
            String now = robot.lookup(query).tryQuery().filter(n -> n instanceof Labeled)
                    .map(n -> ((Labeled) n).getText()).orElse("(absent)");
            throw new AssertionError("timed out waiting for " + query + "; it shows: " + now, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
