package se.lyssna.app.ui;

import static se.lyssna.app.support.Gestures.tap;
import static se.lyssna.app.support.Gestures.waitFor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.lyssna.app.storage.InMemoryAppStorage;
import se.lyssna.app.support.FakeBackend;
import se.lyssna.app.support.TestApp;

/**
 * The age step and the first question of each band on a phone, Swedish and Arabic, driven through the real flow
 * (docs/screenshots/age-*.png): {@code -Dtest=AgeStepScreenshots -Dgroups=screenshots -Dlyssna.excluded.groups=none}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class AgeStepScreenshots {
    private final FakeBackend backend = FakeBackend.withAgeBands();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestApp.onStage(stage, backend.uri(), new InMemoryAppStorage());
        stage.show();
    }

    @AfterEach
    void stopBackend() {
        backend.close();
    }

    @Test
    void swedish(FxRobot robot) throws IOException {
        shootAll(robot, "sv");
    }

    @Test
    void arabic(FxRobot robot) throws IOException {
        shootAll(robot, "ar");
    }

    /** The thank-you screen of a 9- and a 19-year-old: each band's own help (docs/screenshots/thanks-sv-*.png). */
    @Test
    void thankYouPerBand(FxRobot robot) throws IOException {
        for (int age : new int[] {9, 19}) {
            robot.interact(() -> TestApp.onStage(stage, backend.uri(), new InMemoryAppStorage()));
            robot.clickOn("#start-begin").clickOn("#language-sv");
            robot.clickOn("#code-field").write(backend.newCode());
            tap(robot, "#code-submit");
            waitFor(robot, "#age-screen", Node::isVisible);
            tap(robot, "#age-" + age);
            waitFor(robot, "#about-begin", Node::isVisible);
            tap(robot, "#about-begin");
            se.lyssna.app.support.Gestures.skipToReview(robot);
            tap(robot, "#review-send");
            waitFor(robot, "#thanks-help", Node::isVisible);
            tap(robot, "#thanks-help");
            save(robot, "thanks-sv-phone-age-" + age);
        }
    }

    /** The 7–12 line with its faces (docs/screenshots/line-{sv,ar}-phone-7-12.png). */
    @Test
    void theLineWithFaces(FxRobot robot) throws IOException {
        for (String language : new String[] {"sv", "ar"}) {
            robot.interact(() -> TestApp.onStage(stage, backend.uri(), new InMemoryAppStorage()));
            LinePicturesUiTest.toTheLine(robot, language, backend.newCode());
            save(robot, "line-" + language + "-phone-7-12");
            tap(robot, "#answer-10");
            save(robot, "line-" + language + "-phone-7-12-chosen-10");
        }
    }

    private void shootAll(FxRobot robot, String language) throws IOException {
        int shot = 0;
        for (int age : new int[] {9, 15, 19}) {
            robot.interact(() -> TestApp.onStage(stage, backend.uri(), new InMemoryAppStorage()));
            robot.clickOn("#start-begin").clickOn("#language-" + language);
            robot.clickOn("#code-field").write(backend.newCode());
            tap(robot, "#code-submit");
            waitFor(robot, "#age-screen", Node::isVisible);
            if (shot++ == 0) {
                save(robot, "age-" + language + "-phone-age-step");
            }
            tap(robot, "#age-" + age);
            waitFor(robot, "#about-begin", Node::isVisible);
            tap(robot, "#about-begin");
            waitFor(robot, "#question-text", Node::isVisible);
            save(robot, "age-" + language + "-phone-first-question-age-" + age);
        }
    }

    private void save(FxRobot robot, String name) throws IOException {
        String dir = System.getProperty("lyssna.screenshots.dir", "");
        Path out = Path.of(dir.isBlank() ? "target/screenshots" : dir);
        Files.createDirectories(out);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.resolve(name + ".png").toFile());
    }
}
