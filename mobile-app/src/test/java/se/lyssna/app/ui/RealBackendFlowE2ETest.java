package se.lyssna.app.ui;

import static se.lyssna.app.support.Gestures.skipToReview;
import static se.lyssna.app.support.Gestures.tap;
import static se.lyssna.app.support.Gestures.text;
import static se.lyssna.app.support.Gestures.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.lyssna.app.AppContext;
import se.lyssna.app.i18n.AppLanguage;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.storage.FileAppStorage;
import se.lyssna.app.support.RealBackend;
import se.lyssna.app.support.TestApp;

/**
 * The whole flow against the REAL backend (packaged jar, lyssna_app_test database): wrong code, skipped answers,
 * quick exit wipes, crash and resume, sending while the backend is down and then up again (exactly one stored
 * response), a used code refused, nothing left on disk.
 */
@Tag("e2e")
@ExtendWith(ApplicationExtension.class)
class RealBackendFlowE2ETest {
    private static RealBackend backend;
    private static Path work;
    private final Messages sv = Messages.of(AppLanguage.SWEDISH);
    @TempDir
    Path dir;
    private Stage stage;
    private FileAppStorage storage;

    @BeforeAll
    static void startBackend(@TempDir Path tmp) throws Exception {
        assumeTrue(RealBackend.packagedJar().isPresent(), "backend jar not built: mvn -pl backend package");
        work = tmp;
        backend = new RealBackend(RealBackend.packagedJar().get(), work);
        backend.start();
    }

    @AfterAll
    static void stopBackend() throws Exception {
        if (backend != null) {
            backend.close();
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.storage = new FileAppStorage(dir.resolve("private"));
        launch();
        stage.show();
    }

    private AppContext launch() {
        return TestApp.onStage(stage, backend.uri(), storage);
    }

    @Test
    void wholeFlow_wrongCode_skip_crashResume_offlineSend_exactlyOnce_nothingLeft(FxRobot robot) throws Exception {
        RealBackend.Round round = backend.openRound(2);
        String code = round.codes().get(0);

        robot.clickOn("#start-begin").clickOn("#language-sv");
        typeCode(robot, "AAAA-BBBB-CCCC");
        waitFor(robot, "#code-error", Node::isVisible);
        assertThat(text(robot, "#code-error")).isEqualTo(sv.get("code.error.unknown"));

        typeCode(robot, " " + code.toLowerCase().replace("-", " ") + " ");
        waitFor(robot, "#about-begin", Node::isVisible);
        tap(robot, "#about-begin");
        tap(robot, robot.lookup(".answer").queryAs(ToggleButton.class));   // answer the first item
        tap(robot, "#question-next");
        tap(robot, "#answer-no-answer");                                   // skip: don't want to answer
        tap(robot, "#question-next");                                      // skip: just go on
        String resumeAt = text(robot, "#question-text");
        ToggleButton chosen = robot.lookup(".answer").queryAs(ToggleButton.class);
        String chosenId = chosen.getId();
        tap(robot, chosen);

        robot.interact(this::launch);                                      // crash and restart
        assertThat(text(robot, "#question-text")).isEqualTo(resumeAt);
        assertThat(robot.lookup("#" + chosenId).queryAs(ToggleButton.class).isSelected()).isTrue();

        skipToReview(robot);
        backend.stop();
        tap(robot, "#review-send");
        waitFor(robot, "#send-status", n -> sv.get("send.waiting").equals(((Labeled) n).getText()));
        assertThat(storage.names()).filteredOn(n -> !n.endsWith(".tmp")).containsExactly("outbox.json");

        backend.start();
        waitFor(robot, "#send-status", n -> sv.get("send.sent").equals(((Labeled) n).getText()), 60);
        assertThat(backend.codesUsed(round.id())).isEqualTo(1);
        assertThat(storage.names()).isEmpty();

        tap(robot, "#thanks-done");
        robot.clickOn("#start-begin").clickOn("#language-sv");
        typeCode(robot, code);                                             // the same code again
        waitFor(robot, "#code-error", Node::isVisible);
        assertThat(text(robot, "#code-error")).isEqualTo(sv.get("code.error.used"));
        assertThat(backend.codesUsed(round.id())).isEqualTo(1);

        // The used code still opens its unit's results (feedback/by-code); the round is open, so "not yet".
        tap(robot, "#code-results");
        waitFor(robot, "#results-screen", screen -> robot.lookup(n -> n instanceof javafx.scene.control.Labeled
                && sv.get("results.not-published").equals(((javafx.scene.control.Labeled) n).getText()))
                .tryQuery().isPresent());
        assertThat(storage.names()).isEmpty();
    }

    @Test
    void quickExit_wipesAnswersInProgress(FxRobot robot) throws Exception {
        RealBackend.Round round = backend.openRound(1);
        robot.clickOn("#start-begin").clickOn("#language-en");
        typeCode(robot, round.codes().get(0));
        waitFor(robot, "#about-begin", Node::isVisible);
        tap(robot, "#about-begin");
        tap(robot, robot.lookup(".answer").queryAs(ToggleButton.class));
        assertThat(storage.names()).containsExactly("progress.json");

        robot.clickOn("#quick-exit");
        waitFor(robot, "#neutral-screen", Node::isVisible);
        assertThat(storage.names()).isEmpty();
        robot.interact(this::launch);                                      // nothing to resume
        assertThat(robot.lookup("#start-begin").tryQuery()).isPresent();
        assertThat(backend.codesUsed(round.id())).isZero();
    }

    private static void typeCode(FxRobot robot, String code) {
        TextField field = robot.lookup("#code-field").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(code);
        robot.type(KeyCode.ENTER);
    }
}
