package se.lyssna.app.ui;

import static se.lyssna.app.support.Gestures.tap;
import static se.lyssna.app.support.Gestures.text;
import static se.lyssna.app.support.Gestures.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
import org.testfx.util.WaitForAsyncUtils;
import se.lyssna.app.AppConfig;
import se.lyssna.app.AppContext;
import se.lyssna.app.i18n.AppLanguage;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.storage.InMemoryAppStorage;
import se.lyssna.app.support.RealBackend;
import se.lyssna.app.support.TestApp;

/**
 * The facilitator's view against the REAL backend (packaged jar, demo results): sign in with a demo token, choose
 * a unit, see the charts, the children's own words and a breakdown by gender, hidden figures marked, drill into an
 * area, record an action (a child's name refused with the backend's 422 message), save the meeting PDF, and see the
 * action in the child's results screen.
 */
@Tag("e2e")
@ExtendWith(ApplicationExtension.class)
class FacilitatorE2ETest {
    private static final String SOLROSEN = "0180-hvb-demo-solrosen";
    private static final String KAJEN = "0180-sb-demo-kajen";
    private static RealBackend backend;
    private static String round;
    private static Path downloads;
    private final Messages fac = Messages.facilitator(AppLanguage.SWEDISH);
    private final Messages sv = Messages.of(AppLanguage.SWEDISH);
    private final String marker = UUID.randomUUID().toString().substring(0, 6);
    private AppContext ctx;

    @BeforeAll
    static void startBackend(@TempDir Path tmp) throws Exception {
        assumeTrue(RealBackend.packagedJar().isPresent(), "backend jar not built: mvn -pl backend package");
        backend = new RealBackend(RealBackend.packagedJar().get(), tmp);
        backend.start();
        List<String> rounds = backend.seedDemoResults();
        round = rounds.get(rounds.size() - 1);   // "Demo 2026"
        downloads = Files.createDirectories(tmp.resolve("Downloads"));
    }

    @AfterAll
    static void stopBackend() throws Exception {
        if (backend != null) {
            backend.close();
        }
    }

    @Start
    void start(Stage stage) {
        // A shared council tablet: the start screen offers "what children said" for Solrosen.
        AppConfig config = new AppConfig(backend.uri(), Optional.empty(), Optional.of(round), Optional.of(SOLROSEN),
                Optional.of(downloads.toString()));
        ctx = TestApp.context(config, new InMemoryAppStorage(), Platform::runLater);
        AppShell shell = new AppShell(ctx, 800, 960);   // fits the default 1280×1024 xvfb screen
        shell.startUp();
        stage.setScene(shell.scene());
        stage.show();
    }

    @Test
    void signIn_chooseUnit_charts_suppressed_drillDown_action_pdf_childSeesIt(FxRobot robot) throws Exception {
        try {
            walk(robot);
        } finally {
            backend.deleteActions(SOLROSEN, marker);
        }
    }

    private void walk(FxRobot robot) throws Exception {
        tap(robot, "#start-adults");
        waitFor(robot, "#fac-demo", Node::isVisible);
        TextField units = robot.lookup("#fac-demo-units").queryAs(TextField.class);
        robot.clickOn(units);
        robot.interact(() -> units.setText(SOLROSEN + ", " + KAJEN));
        tap(robot, "#fac-demo-sign-in");
        String open = "#fac-open-Demo-2026-" + SOLROSEN;
        waitFor(robot, open, Node::isVisible);
        tap(robot, open);

        // Charts: eight areas; the unit, its municipality (Stockholm) and the nation, each value in words: a figure,
        // or the one public reason where disclosure control hid it (the audit hides most small demo figures).
        waitFor(robot, "#fac-charts", Node::isVisible, 60);
        assertThat(robot.lookup(".chart-card").queryAll()).hasSize(8);
        String hidden = fac.format("bar.hidden", fac.get("reason.protected"));
        String shownOrHidden = "\\d+ % \\([\\d  ]+ svar\\)|" + java.util.regex.Pattern.quote(hidden);
        assertThat(text(robot, "#fac-bar-bemotande-unit-current-value")).matches(shownOrHidden);
        assertThat(text(robot, "#fac-bar-bemotande-nation-current-value")).matches(shownOrHidden);
        assertThat(robot.lookup("#fac-bar-bemotande-unit-previous").tryQuery()).isPresent();   // Demo 2025
        assertThat(text(robot, "#fac-bar-bemotande-municipality-current-value")).matches(shownOrHidden);
        assertThat(robot.lookup("#fac-municipality-unavailable").tryQuery()).isEmpty();

        // The areas broken down by gender: a bar per group, shown or hidden.
        robot.interact(() -> robot.lookup("#fac-breakdown").queryAs(ComboBox.class).setValue("gender"));
        waitFor(robot, "#fac-groups-bemotande .bar-row", Node::isVisible, 30);
        assertThat(robot.lookup("#fac-groups-bemotande .bar-label").queryAll().stream()
                .map(n -> ((Labeled) n).getText())).contains(fac.get("group.gender.girl"));

        // Kajen has too few answers: every unit bar hatched, the one public reason in words.
        tap(robot, "#fac-change");
        tap(robot, "#fac-open-Demo-2026-" + KAJEN);
        waitFor(robot, "#fac-charts", Node::isVisible, 60);
        for (String area : List.of("bemotande", "trygghet", "fritid")) {
            Node row = robot.lookup("#fac-bar-" + area + "-unit-current").query();
            assertThat(row.getStyleClass()).contains("suppressed-row");
            assertThat(row.lookup(".bar-hidden")).isNotNull();
            assertThat(text(robot, "#fac-bar-" + area + "-unit-current-value")).isEqualTo(hidden);
        }
        assertThat(text(robot, "#fac-respondents")).contains(fac.get("reason.protected"));

        // Drill into an area of Solrosen: a card per item, each distribution shown in words or hidden.
        tap(robot, "#fac-change");
        tap(robot, open);
        waitFor(robot, "#fac-charts", Node::isVisible, 60);
        tap(robot, "#fac-area-open-delaktighet");
        waitFor(robot, "#fac-area-screen .chart-card", Node::isVisible, 30);
        assertThat(robot.lookup("#fac-area-screen .chart-card").queryAll()).isNotEmpty();
        Set<Node> options = robot.lookup("#fac-area-screen .shown-row .bar-value").queryAll();
        assertThat(options).allSatisfy(n -> assertThat(((Labeled) n).getText()).matches("\\d+ % \\(\\d+ svar\\)"));

        // Actions: a child's name is refused with the backend's message next to the field; nothing is stored.
        tap(robot, "#fac-actions");
        waitFor(robot, "#fac-action-list .label", Node::isVisible, 30);
        robot.interact(() -> robot.lookup("#fac-action-area").queryAs(ComboBox.class).setValue("trygghet"));
        fill(robot, "#fac-action-youSaid", "Kim Andersson sa att dörren inte går att låsa " + marker);
        fill(robot, "#fac-action-weDecided", "Alla rum ska få lås som barnen själva styr över.");
        fill(robot, "#fac-action-responsible", "Föreståndaren");
        tap(robot, "#fac-action-save");
        waitFor(robot, "#fac-action-error-youSaid", Node::isVisible, 20);
        assertThat(text(robot, "#fac-action-error-youSaid")).contains("namn");

        // The same action without the name, in progress: saved, listed, public.
        fill(robot, "#fac-action-youSaid", "Vi vill kunna låsa våra rum " + marker);
        fill(robot, "#fac-action-weDid", "Alla rum har fått lås.");
        robot.interact(() -> robot.lookup("#fac-action-status").queryAs(ComboBox.class).setValue("in-progress"));
        tap(robot, "#fac-action-save");
        waitFor(robot, "#fac-action-message", n -> fac.get("actions.saved").equals(((Labeled) n).getText()), 20);
        assertThat(robot.lookup("#fac-action-error-youSaid").query().isVisible()).isFalse();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#fac-action-list .label")
                .queryAll().stream().anyMatch(n -> ((Labeled) n).getText().contains(marker)));

        // Meeting material: saved to the downloads folder.
        tap(robot, "#fac-pdf");
        waitFor(robot, "#fac-pdf-status", n -> ((Labeled) n).getText().startsWith("Sparat"), 60);
        Path pdf = downloads.resolve("lyssna-mote-" + SOLROSEN + ".pdf");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        // Sign out; the child's results screen (latest published round) shows "you told us … so we …".
        tap(robot, "#fac-actions-back");
        waitFor(robot, "#fac-sign-out", Node::isVisible);
        tap(robot, "#fac-sign-out");
        assertThat(ctx.facilitator().signedIn()).isFalse();
        tap(robot, "#start-results");
        String youSaid = sv.format("results.you-said", "Vi vill kunna låsa våra rum " + marker);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#results-area-trygghet .label")
                .queryAll().stream().anyMatch(n -> youSaid.equals(((Labeled) n).getText())));
        assertThat(robot.lookup("#results-area-trygghet .label").queryAll().stream()
                .map(n -> ((Labeled) n).getText())).contains(sv.format("results.we-did", "Alla rum har fått lås."),
                "→ " + sv.get("results.action.in-progress"));
        assertThat(robot.lookup("#results-screen .lead").queryAs(Labeled.class).getText()).contains("Demo 2026");
    }

    private static void fill(FxRobot robot, String query, String text) {
        Node field = robot.lookup(query).query();
        tap(robot, field);
        robot.interact(() -> {
            if (field instanceof TextArea) {
                ((TextArea) field).setText(text);
            } else {
                ((TextField) field).setText(text);
            }
        });
    }
}
