package se.lyssna.app.ui;

import static se.lyssna.app.support.Gestures.skipToReview;
import static se.lyssna.app.support.Gestures.tap;
import static se.lyssna.app.support.Gestures.text;
import static se.lyssna.app.support.Gestures.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.lyssna.accessibility.theme.TouchTargetRule;
import se.lyssna.app.AppContext;
import se.lyssna.app.i18n.AppLanguage;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.storage.FileAppStorage;
import se.lyssna.app.support.FakeBackend;
import se.lyssna.app.support.TestApp;
import javafx.geometry.NodeOrientation;

/** The child's flow on a phone-sized window, driven by mouse and keyboard, against the FAKE backend. */
@ExtendWith(ApplicationExtension.class)
class ChildFlowUiTest {
    private final FakeBackend backend = new FakeBackend(false);
    private final Messages sv = Messages.of(AppLanguage.SWEDISH);
    @TempDir
    Path dir;
    private Stage stage;
    private FileAppStorage storage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.storage = new FileAppStorage(dir.resolve("private"));
        launch();
        stage.show();
    }

    /** Builds a fresh app on the same private folder, as after a restart or crash. */
    private AppContext launch() {
        return TestApp.onStage(stage, backend.uri(), storage);
    }

    @AfterEach
    void stopBackend() {
        backend.close();
    }

    @Test
    void wrongCodeThenRightCode_skipAnswers_quickExitWipes(FxRobot robot) throws IOException {
        robot.clickOn("#start-begin").clickOn("#language-sv");
        robot.clickOn("#code-field").write("wrong-code-123");
        tap(robot, "#code-submit");
        waitFor(robot, "#code-error", n -> n.isVisible());
        assertThat(text(robot, "#code-error")).isEqualTo(sv.get("code.error.unknown"));
        assertThat(robot.lookup("#code-field").query().isFocused()).as("after a wrong code the field has the focus")
                .isTrue();

        javafx.scene.control.TextField field = robot.lookup("#code-field")
                .queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        String code = backend.newCode().toLowerCase().replace("-", " ");
        robot.write(code);
        assertThat(field.getText()).isEqualTo(code);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitFor(robot, "#about-begin", Node::isVisible);
        tap(robot, "#about-begin");

        assertThat(text(robot, "#question-progress")).startsWith("1 av ");
        tap(robot, "#answer-no-answer");                    // skip with "don't want to answer"
        assertThat(text(robot, "#question-progress")).startsWith("2 av ");
        tap(robot, "#question-next");                       // skip by just going on
        assertThat(text(robot, "#question-progress")).startsWith("3 av ");
        ToggleButton first = robot.lookup(".answer").queryAs(ToggleButton.class);
        tap(robot, first);
        assertThat(first.isSelected()).isTrue();
        assertTouchTargets(robot);
        assertThat(storage.names()).containsExactly("progress.json");

        robot.clickOn("#quick-exit");
        waitFor(robot, "#neutral-screen", Node::isVisible);
        assertThat(storage.names()).isEmpty();
        assertThat(robot.lookup("#question-progress").tryQuery()).isEmpty();
    }

    @Test
    void crashAndResume_continuesAtTheSameQuestionWithItsAnswer(FxRobot robot) {
        startSurvey(robot, "#language-en");
        tap(robot, "#question-next");
        String questionText = text(robot, "#question-text");
        ToggleButton answer = robot.lookup(".answer").queryAs(ToggleButton.class);
        String answerId = answer.getId();
        tap(robot, answer);

        robot.interact(this::launch);                         // the app is killed and started again
        assertThat(text(robot, "#question-text")).isEqualTo(questionText);
        assertThat(robot.lookup("#" + answerId).queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(text(robot, "#question-next")).isEqualTo(Messages.of(AppLanguage.ENGLISH).get("nav.next"));
    }

    @Test
    void arabic_mirrorsTheLayout(FxRobot robot) {
        robot.clickOn("#start-begin").clickOn("#language-ar");
        assertThat(stage.getScene().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(text(robot, "#code-submit")).isEqualTo(Messages.of(AppLanguage.ARABIC).get("code.submit"));
    }

    @Test
    void keyboardOnly_reachesTheCodeScreen(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).extracting(Node::getId).isEqualTo("start-begin");
        robot.type(javafx.scene.input.KeyCode.ENTER);          // default button
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).extracting(Node::getId).isEqualTo("language-sv");
        robot.type(javafx.scene.input.KeyCode.SPACE);
        waitFor(robot, "#code-field", Node::isFocused);
    }

    @Test
    void sendWhileBackendDownThenUp_storesOnceAndLeavesNothing(FxRobot robot) throws Exception {
        startSurvey(robot, "#language-sv");
        tap(robot, robot.lookup(".answer").queryAs(ToggleButton.class));
        skipToReview(robot);
        backend.stop();
        tap(robot, "#review-send");
        waitFor(robot, "#send-status", n -> sv.get("send.waiting").equals(((Labeled) n).getText()));
        assertThat(storage.names()).filteredOn(n -> !n.endsWith(".tmp")).containsExactly("outbox.json");

        backend.start();
        waitFor(robot, "#send-status", n -> sv.get("send.sent").equals(((Labeled) n).getText()));
        assertThat(backend.responses()).hasSize(1);
        assertThat(storage.names()).isEmpty();
    }

    @Test
    void textSize200_keepsEveryButtonLargeAndTheQuestionReadable(FxRobot robot) {
        startSurvey(robot, "#language-sv");
        robot.clickOn("#shell-text-size").clickOn("#shell-text-size").clickOn("#shell-text-size")
                .clickOn("#shell-text-size");
        Labeled question = robot.lookup("#question-text").queryAs(Labeled.class);
        assertThat(question.getFont().getSize()).isGreaterThan(40);
        assertThat(question.getHeight()).isGreaterThanOrEqualTo(question.prefHeight(question.getWidth()) - 1);
        assertTouchTargets(robot);
    }

    private void startSurvey(FxRobot robot, String language) {
        robot.clickOn("#start-begin").clickOn(language);
        robot.clickOn("#code-field").write(backend.newCode());
        tap(robot, "#code-submit");
        waitFor(robot, "#about-begin", Node::isVisible);
        tap(robot, "#about-begin");
    }

    private static void assertTouchTargets(FxRobot robot) {
        for (ButtonBase b : robot.lookup(n -> n instanceof ButtonBase && n.isVisible()).queryAllAs(ButtonBase.class)) {
            assertThat(TouchTargetRule.check(String.valueOf(b.getId()), b.getWidth(), b.getHeight())).isEmpty();
        }
    }
}
