package se.lyssna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lyssna.app.support.Gestures.skipToReview;
import static se.lyssna.app.support.Gestures.tap;
import static se.lyssna.app.support.Gestures.text;
import static se.lyssna.app.support.Gestures.waitFor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.lyssna.accessibility.theme.TouchTargetRule;
import se.lyssna.app.i18n.AppLanguage;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.storage.FileAppStorage;
import se.lyssna.app.support.FakeBackend;
import se.lyssna.app.support.TestApp;

/**
 * The age step of a round with three bands, on a phone-sized window: the child's age picks the questionnaire, is the
 * questionnaire's age-band answer already, and the submission names the band's version.
 */
@ExtendWith(ApplicationExtension.class)
class AgeStepUiTest {
    private final FakeBackend backend = FakeBackend.withAgeBands();
    private final Messages sv = Messages.of(AppLanguage.SWEDISH);
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestApp.onStage(stage, backend.uri(), new FileAppStorage(dir.resolve("private")));
        stage.show();
    }

    @AfterEach
    void stopBackend() {
        backend.close();
    }

    @Test
    void a9YearOld_getsThe7to12Questionnaire(FxRobot robot) {
        answerAs(robot, "#age-9", "national-7-12", "7-9");
    }

    @Test
    void a15YearOld_getsThe13to17Questionnaire(FxRobot robot) {
        answerAs(robot, "#age-15", "national-13-17", "13-15");
    }

    @Test
    void a19YearOld_getsThe18to21Questionnaire(FxRobot robot) {
        answerAs(robot, "#age-19", "national-18-21", "18-19");
    }

    @Test
    void a19YearOld_isShownAnAdultHelpLine_notBris(FxRobot robot) {
        openHelpAs(robot, "#age-19");
        assertThat(robot.lookup("#help-line-90101").tryQuery()).isPresent();
        assertThat(robot.lookup("#help-bris").tryQuery()).isEmpty();
        assertThat(robot.lookup("#help-line-116111").tryQuery()).isEmpty();
    }

    @Test
    void a9YearOld_isShownBris(FxRobot robot) {
        openHelpAs(robot, "#age-9");
        assertThat(robot.lookup("#help-line-116111").tryQuery()).isPresent();
        assertThat(robot.lookup("#help-line-90101").tryQuery()).isEmpty();
    }

    /** After sending, the thank-you screen names the help of the child's band, not Bris for everyone. */
    @Test
    void a19YearOld_isThankedWithTheAdultsHelpLines_notBris(FxRobot robot) {
        answerAs(robot, "#age-19", "national-18-21", "18-19");
        assertThat(thankYouHelpLines(robot)).containsExactly("thanks-help-90101", "thanks-help-087021680");
    }

    @Test
    void a15YearOld_isThankedWithBris(FxRobot robot) {
        answerAs(robot, "#age-15", "national-13-17", "13-15");
        assertThat(thankYouHelpLines(robot)).containsExactly("thanks-help-116111");
    }

    @Test
    void a9YearOld_isThankedWithBris(FxRobot robot) {
        answerAs(robot, "#age-9", "national-7-12", "7-9");
        assertThat(thankYouHelpLines(robot)).containsExactly("thanks-help-116111");
        assertThat(text(robot, "#thanks-help-116111")).contains("116 111");
    }

    private static List<String> thankYouHelpLines(FxRobot robot) {
        return robot.lookup("#thanks-help").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(Node::getId).filter(id -> id != null && id.startsWith("thanks-help-")).toList();
    }

    private void openHelpAs(FxRobot robot, String age) {
        robot.clickOn("#start-begin").clickOn("#language-sv");
        enterCode(robot);
        tap(robot, age);
        waitFor(robot, "#about-begin", Node::isVisible);
        tap(robot, "#shell-help");
        waitFor(robot, "#help-screen", Node::isVisible);
    }

    @Test
    void notSaying_getsThe13to17Questionnaire_withNoAgeAnswer(FxRobot robot) {
        answerAs(robot, "#age-not-say", "national-13-17", "no-answer");
    }

    @Test
    void arabic_keepsTheNumbersReadable_andTheButtonsBig(FxRobot robot) {
        robot.clickOn("#start-begin").clickOn("#language-ar");
        enterCode(robot);
        assertThat(stage.getScene().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(text(robot, "#age-screen .heading")).isEqualTo(Messages.of(AppLanguage.ARABIC).get("age.title"));
        assertThat(robot.lookup("#age-7").queryAs(Labeled.class).getEffectiveNodeOrientation())
                .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        for (ButtonBase b : robot.lookup(n -> n instanceof ButtonBase && n.isVisible()).queryAllAs(ButtonBase.class)) {
            assertThat(TouchTargetRule.check(String.valueOf(b.getId()), b.getWidth(), b.getHeight())).isEmpty();
        }
    }

    private void answerAs(FxRobot robot, String choice, String expectedKey, String expectedAgeAnswer) {
        robot.clickOn("#start-begin").clickOn("#language-sv");
        enterCode(robot);
        assertThat(text(robot, "#age-screen .heading")).isEqualTo(sv.get("age.title"));
        // One button per age of the round's bands, 7 to 21, and a way not to say.
        assertThat(IntStream.rangeClosed(7, 21).allMatch(age -> robot.lookup("#age-" + age).tryQuery().isPresent()))
                .isTrue();
        assertThat(robot.lookup("#age-6").tryQuery()).isEmpty();
        assertThat(robot.lookup("#age-22").tryQuery()).isEmpty();
        assertThat(text(robot, "#age-not-say")).isEqualTo(sv.get("age.not-say"));

        tap(robot, choice);
        waitFor(robot, "#about-begin", Node::isVisible);
        tap(robot, "#about-begin");
        se.lyssna.definitions.Questionnaire band = backend.bands().stream().filter(q -> q.key().equals(expectedKey))
                .findFirst().orElseThrow();
        assertThat(text(robot, "#question-text")).as("the first question of " + band.id())
                .isEqualTo(band.items().get(0).text().text("sv").orElseThrow());
        skipToReview(robot);
        tap(robot, "#review-send");
        waitFor(robot, "#send-status", n -> sv.get("send.sent").equals(((Labeled) n).getText()));

        assertThat(backend.responses()).hasSize(1);
        Map<String, Object> sent = backend.responses().get(0);
        assertThat(sent.get("questionnaire")).isEqualTo(Map.of("key", expectedKey, "version", band.version()));
        @SuppressWarnings("unchecked")
        Map<String, List<String>> answers = (Map<String, List<String>>) sent.get("answers");
        // The told age is the band's age answer (asked last, already chosen); the age itself is never sent.
        assertThat(answers.get("bg-age-band")).containsExactly(expectedAgeAnswer);
    }

    private void enterCode(FxRobot robot) {
        robot.clickOn("#code-field").write(backend.newCode());
        tap(robot, "#code-submit");
        waitFor(robot, "#age-screen", Node::isVisible);
    }
}
