package se.lyssna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lyssna.app.support.Gestures.tap;
import static se.lyssna.app.support.Gestures.waitFor;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.lyssna.app.storage.InMemoryAppStorage;
import se.lyssna.app.support.FakeBackend;
import se.lyssna.app.support.TestApp;

/**
 * The 7–12 questionnaire's 0–10 line ("Hur bra är ditt liv just nu?"), as a 9-year-old meets it: a sad face on 0, a
 * neutral one on 5 and a happy one on 10, so the ends can be told apart without reading their words; the other
 * steps stay plain numbers. Swedish and Arabic (right to left: the faces stay on their numbers).
 */
@ExtendWith(ApplicationExtension.class)
class LinePicturesUiTest {
    private final FakeBackend backend = FakeBackend.withAgeBands();

    @Start
    void start(Stage stage) {
        TestApp.onStage(stage, backend.uri(), new InMemoryAppStorage());
        stage.show();
    }

    @AfterEach
    void stopBackend() {
        backend.close();
    }

    @Test
    void swedish_theLineShowsFacesAtItsEndsAndMiddle(FxRobot robot) {
        toTheLine(robot, "sv", backend.newCode());
        assertFaces(robot);
    }

    @Test
    void arabic_theLineShowsFacesAtItsEndsAndMiddle(FxRobot robot) {
        toTheLine(robot, "ar", backend.newCode());
        assertFaces(robot);
    }

    private static void assertFaces(FxRobot robot) {
        assertThat(picture(robot, "#answer-0")).hasValue("face-very-sad");
        assertThat(picture(robot, "#answer-5")).hasValue("face-neutral");
        assertThat(picture(robot, "#answer-10")).hasValue("face-very-happy");
        assertThat(picture(robot, "#answer-3")).isEmpty();
        tap(robot, "#answer-10");
        assertThat(robot.lookup("#answer-10").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    /** Starts as a 9-year-old and goes on, without answering, to the line. */
    static void toTheLine(FxRobot robot, String language, String code) {
        robot.clickOn("#start-begin").clickOn("#language-" + language);
        robot.clickOn("#code-field").write(code);
        tap(robot, "#code-submit");
        waitFor(robot, "#age-screen", Node::isVisible);
        tap(robot, "#age-9");
        waitFor(robot, "#about-begin", Node::isVisible);
        tap(robot, "#about-begin");
        while (robot.lookup("#answer-10").tryQuery().isEmpty()) {
            assertThat(robot.lookup("#review-send").tryQuery()).as("the line before the review").isEmpty();
            tap(robot, "#question-next");
        }
    }

    static Optional<String> picture(FxRobot robot, String button) {
        return robot.lookup(button).<Parent>query().lookupAll(".pictogram").stream()
                .filter(PictogramView.class::isInstance).map(n -> ((PictogramView) n).name()).findFirst();
    }
}
