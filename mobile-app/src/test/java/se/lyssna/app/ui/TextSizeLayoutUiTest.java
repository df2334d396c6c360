package se.lyssna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lyssna.app.support.Gestures.tap;
import static se.lyssna.app.support.Gestures.waitFor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.lyssna.app.AppContext;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.storage.FileAppStorage;
import se.lyssna.app.support.FakeBackend;
import se.lyssna.app.support.TestApp;
import se.lyssna.app.survey.ChoiceQuestion;
import se.lyssna.app.survey.Question;
import se.lyssna.accessibility.theme.TouchTargetRule;
import se.lyssna.app.theme.DisplaySettings;
import se.lyssna.app.theme.ThemeStylesheet;

/**
 * At every text size from 100 to 200 % on a 360 px phone, on each child screen: no label or button is narrower
 * than its longest word (JavaFX would break the word: "N/äs/ta"; only a word over five em may be hyphenated), none
 * is cut off by the screen's edge, none is shortened with an ellipsis, and every one is as tall as its text.
 */
@ExtendWith(ApplicationExtension.class)
class TextSizeLayoutUiTest {
    private static final double WIDTH = 360;
    private final FakeBackend backend = new FakeBackend(false);
    @TempDir
    Path dir;
    private AppContext ctx;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = TestApp.onStage(stage, backend.uri(), new FileAppStorage(dir.resolve("private")));
        stage.show();
    }

    @AfterEach
    void stopBackend() {
        backend.close();
    }

    @Test
    void everyTextSize_onAPhone_breaksNoWord_andCutsNothing(FxRobot robot) {
        robot.clickOn("#start-begin").clickOn("#language-sv");
        robot.clickOn("#code-field").write(backend.newCode());
        tap(robot, "#code-submit");
        waitFor(robot, "#about-begin", Node::isVisible);
        Question single = first(q -> q instanceof ChoiceQuestion && !((ChoiceQuestion) q).multiple());
        Question multiple = first(q -> q instanceof ChoiceQuestion && ((ChoiceQuestion) q).multiple());
        List<Supplier<Destination>> screens = List.of(Destination.Start::new, Destination.Language::new,
                Destination.CodeEntry::new, Destination.About::new, () -> new Destination.Question(single.id()),
                () -> new Destination.Question(multiple.id()), Destination.Review::new,
                () -> new Destination.Help(new Destination.Review()));
        List<String> problems = new ArrayList<>();
        for (double scale : DisplaySettings.TEXT_SCALES) {
            for (Supplier<Destination> screen : screens) {
                robot.interact(() -> {
                    ctx.settings().textScaleProperty().set(scale);
                    ctx.navigator().go(screen.get());
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = Math.round(scale * 100) + " % " + screen.get().getClass().getSimpleName();
                robot.interact(() -> {
                    check(where, problems);
                    topBar(where, scale, problems);
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    private void check(String where, List<String> problems) {
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        root.layout();
        // What the screen shows of a page: the scroll pane's viewport (its scroll bar hides the rest).
        Node viewport = root.lookup(".screen-scroll > .viewport");
        Bounds visible = viewport.localToScene(viewport.getLayoutBounds());
        widest(root, where, problems, visible.getMaxX());
        Node code = root.lookup("#code-field");
        if (code instanceof TextField) {
            TextField field = (TextField) code;
            Text whole = new Text("ABCD-EFGH-JKLM");
            whole.setFont(field.getFont());
            double inner = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
            if (whole.getLayoutBounds().getWidth() > inner + 0.5) {
                problems.add(where + ": a whole code does not fit in the code field (" + Math.round(inner)
                        + " px for " + Math.round(whole.getLayoutBounds().getWidth()) + " px)");
            }
        }
        for (Labeled l : labeled(root, new ArrayList<>())) {
            String text = l.getText();
            if (text == null || text.isBlank()) {
                continue;
            }
            Bounds b = l.localToScene(l.getLayoutBounds());
            double insets = l.getInsets().getLeft() + l.getInsets().getRight();
            double word = longestWord(l);
            // A word longer than five em may be hyphenated (a long compound at 200 %); any shorter word must fit.
            if (l.getWidth() + 0.5 < word + insets && word <= 5 * l.getFont().getSize()) {
                problems.add(where + ": «" + text + "» is " + Math.round(l.getWidth()) + " px wide, its longest word "
                        + Math.round(word + insets) + " px: the word would be broken");
            }
            boolean inPage = isInside(l, viewport);
            if (b.getMaxX() > (inPage ? visible.getMaxX() : WIDTH) + 0.5 || b.getMinX() < -0.5) {
                problems.add(where + ": «" + text + "» is cut off by the screen's edge");
            }
            if (l.getHeight() + 0.5 < l.prefHeight(l.getWidth())) {
                problems.add(where + ": «" + text + "» is shorter than its text");
            }
            Node shown = l.lookup(".text");
            if (shown instanceof Text && shown.isVisible() && !text.equals(((Text) shown).getText())) {
                problems.add(where + ": «" + text + "» is shown as «" + ((Text) shown).getText() + "»");
            }
        }
    }

    /**
     * The top bar's tools grow with the text all the way to 200 % (they stopped at 150 %), stay touch targets, and
     * the bar leaves the question at least three quarters of the phone's height.
     */
    private void topBar(String where, double scale, List<String> problems) {
        Node bar = stage.getScene().getRoot().lookup(".top-bar");
        for (String tool : List.of("#shell-text-smaller", "#shell-text-size", "#shell-contrast", "#shell-help",
                "#quick-exit")) {
            Labeled b = (Labeled) bar.lookup(tool);
            double expected = ThemeStylesheet.BASE_FONT_PX * scale;
            if (Math.abs(b.getFont().getSize() - expected) > 0.6) {
                problems.add(where + ": " + tool + " has " + Math.round(b.getFont().getSize()) + " px text, not "
                        + Math.round(expected) + " px");
            }
            if (b.getWidth() < TouchTargetRule.MIN_SIZE_PX - 0.5
                    || b.getHeight() < TouchTargetRule.MIN_SIZE_PX - 0.5) {
                problems.add(where + ": " + tool + " is " + Math.round(b.getWidth()) + "x" + Math.round(b.getHeight())
                        + " px, under a touch target");
            }
        }
        double height = bar.getLayoutBounds().getHeight();
        if (height > stage.getScene().getHeight() / 4) {
            problems.add(where + ": the top bar takes " + Math.round(height) + " px of "
                    + Math.round(stage.getScene().getHeight()));
        }
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Names the innermost node that is wider than the viewport (what makes the page too wide). */
    private static void widest(Node n, String where, List<String> problems, double maxX) {
        if (!(n instanceof Parent) || !n.isVisible()) {
            return;
        }
        for (Node c : ((Parent) n).getChildrenUnmodifiable()) {
            widest(c, where, problems, maxX);
        }
        if (n instanceof javafx.scene.layout.Region && n.localToScene(n.getLayoutBounds()).getMaxX() > maxX + 0.5
                && ((Parent) n).getChildrenUnmodifiable().stream().noneMatch(c -> c.isVisible()
                        && c.localToScene(c.getLayoutBounds()).getMaxX() > maxX + 0.5)
                && isPageContent(n)) {
            problems.add(where + ": " + n.getClass().getSimpleName() + " " + n.getStyleClass() + " is wider than the"
                    + " screen (min " + Math.round(((javafx.scene.layout.Region) n).minWidth(-1)) + " px)");
        }
    }

    private static boolean isPageContent(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("page")) {
                return true;
            }
        }
        return false;
    }

    private static double longestWord(Labeled l) {
        double widest = 0;
        for (String word : l.getText().split("\\s+")) {
            Text t = new Text(word);
            t.setFont(l.getFont());
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private static List<Labeled> labeled(Node node, List<Labeled> into) {
        if (!node.isVisible()) {
            return into;
        }
        if (node instanceof Labeled) {
            into.add((Labeled) node);
        }
        if (node instanceof Parent) {
            ((Parent) node).getChildrenUnmodifiable().forEach(c -> labeled(c, into));
        }
        return into;
    }

    private Question first(java.util.function.Predicate<Question> kind) {
        return ctx.session().survey().questions().stream().filter(kind).findFirst().orElseThrow();
    }
}
