package se.lyssna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lyssna.app.support.Gestures.tap;
import static se.lyssna.app.support.Gestures.waitFor;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.lyssna.accessibility.audio.AppTexts;
import se.lyssna.accessibility.audio.AudioGenerator;
import se.lyssna.app.AppContext;
import se.lyssna.app.audio.ReadAloud;
import se.lyssna.app.i18n.AppLanguage;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.storage.FileAppStorage;
import se.lyssna.app.support.FakeBackend;
import se.lyssna.app.support.Gestures;
import se.lyssna.app.support.SilentAudioPlayer;
import se.lyssna.app.support.TestApp;
import se.lyssna.app.survey.ChoiceQuestion;
import se.lyssna.definitions.QuestionnaireCatalog;

/**
 * Offline, every child screen's read-aloud is started and shows that it failed (instead of doing nothing), the
 * question's read-aloud asks for the answers' audio too, "Hjälp" is on every screen and comes back, and quick
 * exit lands on a screen with nothing that names the app.
 */
@ExtendWith(ApplicationExtension.class)
class ReadAloudFlowUiTest {
    private final FakeBackend backend = new FakeBackend(true);
    private final SilentAudioPlayer audio = new SilentAudioPlayer();
    private final Messages sv = Messages.of(AppLanguage.SWEDISH);
    @TempDir
    Path dir;
    private AppContext ctx;

    @Start
    void start(Stage stage) {
        audio.setOffline(true);
        ctx = TestApp.context(backend.uri(), new FileAppStorage(dir.resolve("private")), Platform::runLater, audio);
        AppShell shell = new AppShell(ctx, 360, 740);
        shell.startUp();
        stage.setScene(shell.scene());
        stage.show();
    }

    @AfterEach
    void stopBackend() {
        backend.close();
    }

    @Test
    void everyScreen_readsAloud_showsItsState_andHasHelp(FxRobot robot) {
        speakAndSeeFailure(robot, "#start-read-aloud");
        helpAndBack(robot, "#start-begin");
        tap(robot, "#start-begin");
        speakAndSeeFailure(robot, "#language-read-aloud");
        helpAndBack(robot, "#language-sv");
        tap(robot, "#language-sv");
        speakAndSeeFailure(robot, "#code-read-aloud");
        helpAndBack(robot, "#code-field");
        robot.clickOn("#code-field").write(backend.newCode());
        tap(robot, "#code-submit");
        waitFor(robot, "#about-begin", Node::isVisible);
        speakAndSeeFailure(robot, "#about-read-aloud");
        helpAndBack(robot, "#about-begin");
        tap(robot, "#about-begin");

        ChoiceQuestion q = (ChoiceQuestion) ctx.session().survey().find(currentItem()).orElseThrow();
        audio.played().clear();
        speakAndSeeFailure(robot, "#question-read-aloud");
        List<String> played = audio.played().stream().map(URI::toString).toList();
        assertThat(played.get(0)).endsWith(q.prompt().audio().orElseThrow());
        assertThat(played).as("the answers are read too").contains(
                backend.uri().resolve("api/v1/audio/" + q.answers().get(0).audio()).toString());
        String item = currentItem();
        tap(robot, "#shell-help");
        waitFor(robot, "#help-screen", Node::isVisible);
        speakAndSeeFailure(robot, "#help-read-aloud");
        // During a survey the help lines are the questionnaire's own (13-17: Bris).
        assertThat(robot.lookup("#help-line-116111").tryQuery()).isPresent();
        tap(robot, "#help-back");
        assertThat(currentItem()).as("help returns to the same question").isEqualTo(item);

        Gestures.skipToReview(robot);
        speakAndSeeFailure(robot, "#review-read-aloud");
        helpAndBack(robot, "#review-send");
        tap(robot, "#review-send");
        waitFor(robot, "#thanks-done", Node::isVisible);
        speakAndSeeFailure(robot, "#thanks-read-aloud");
        helpAndBack(robot, "#thanks-done");
    }

    /**
     * Online, in Arabic (its own digits, right to left): every file that every screen's read-aloud asks for is one
     * that the audio generator makes from the questionnaires and the app's own bundles, so none of them is missing.
     */
    @Test
    void everyScreensReadAloud_asksOnlyForAudioTheGeneratorMakes(FxRobot robot) {
        audio.setOffline(false);
        Set<String> generated = AudioGenerator.requests(QuestionnaireCatalog.fromClasspath().all(), List.of(),
                AppTexts.of(Path.of("src/main/resources/se/lyssna/app/i18n"), List.of())).stream()
                .map(r -> r.text().path()).collect(Collectors.toSet());
        tap(robot, "#start-read-aloud");
        tap(robot, "#start-begin");
        tap(robot, "#language-read-aloud");
        tap(robot, "#language-ar");
        tap(robot, "#code-read-aloud");
        robot.clickOn("#code-field").write(backend.newCode());
        tap(robot, "#code-submit");
        waitFor(robot, "#about-begin", Node::isVisible);
        tap(robot, "#about-read-aloud");
        tap(robot, "#about-begin");
        ChoiceQuestion q = (ChoiceQuestion) ctx.session().survey().find(currentItem()).orElseThrow();
        tap(robot, "#answer-" + q.answers().get(0).value());
        tap(robot, "#question-read-aloud");
        tap(robot, "#shell-help");
        waitFor(robot, "#help-screen", Node::isVisible);
        tap(robot, "#help-read-aloud");
        tap(robot, "#help-back");
        Gestures.skipToReview(robot);
        tap(robot, "#review-read-aloud");
        tap(robot, "#review-send");
        waitFor(robot, "#thanks-done", Node::isVisible);
        tap(robot, "#thanks-read-aloud");

        String base = backend.uri().resolve("api/v1/audio/").toString();
        List<String> asked = audio.played().stream().map(URI::toString).map(u -> u.substring(base.length()))
                .toList();
        // The start screen speaks Swedish until a language is chosen; each language names itself in its own.
        assertThat(asked).as("audio asked for").hasSizeGreaterThan(40).anyMatch(p -> p.startsWith("sv-x-easy/"))
                .filteredOn(p -> p.startsWith("ar/")).hasSizeGreaterThan(30);
        assertThat(asked).as("asked for but never generated").allMatch(generated::contains);
    }

    @Test
    void quickExit_landsOnAScreenThatDoesNotNameTheApp(FxRobot robot) {
        tap(robot, "#start-begin");
        tap(robot, "#quick-exit");
        waitFor(robot, "#neutral-screen", Node::isVisible);
        assertThat(robot.lookup("#quick-exit").tryQuery()).isEmpty();
        assertThat(robot.lookup("#shell-help").tryQuery()).isEmpty();
        assertThat(robot.lookup(".pictogram").tryQuery()).as("no logo").isEmpty();
        assertThat(robot.lookup(n -> n instanceof Labeled && ((Labeled) n).getText() != null
                && ((Labeled) n).getText().contains(sv.get("app.name"))).tryQuery()).as("no app name").isEmpty();
    }

    private void speakAndSeeFailure(FxRobot robot, String button) {
        Labeled b = robot.lookup(button).queryAs(Labeled.class);
        assertThat(b.getProperties().get(ReadAloudButton.STATE)).isEqualTo(ReadAloud.State.IDLE);
        int before = audio.played().size();
        tap(robot, button);
        assertThat(audio.played().size()).as(button + " asked for audio").isGreaterThan(before);
        assertThat(b.getProperties().get(ReadAloudButton.STATE)).isEqualTo(ReadAloud.State.FAILED);
        assertThat(b.getText()).isEqualTo(sv.get("read-aloud.failed"));
        assertThat(b.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("failed"));
    }

    private void helpAndBack(FxRobot robot, String stillThere) {
        tap(robot, "#shell-help");
        waitFor(robot, "#help-screen", Node::isVisible);
        tap(robot, "#help-back");
        waitFor(robot, stillThere, Node::isVisible);
    }

    private String currentItem() {
        Destination d = ctx.navigator().current();
        return d instanceof Destination.Question ? ((Destination.Question) d).itemId() : String.valueOf(d);
    }
}
