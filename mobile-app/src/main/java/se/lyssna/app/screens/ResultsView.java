package se.lyssna.app.screens;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import se.lyssna.app.api.FeedbackDto;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.ui.PictogramLibrary;
import se.lyssna.app.ui.PictogramView;
import se.lyssna.app.ui.Ui;

/** What children said, per area: here and in all of Sweden; hidden figures explained kindly. */
public final class ResultsView {
    private ResultsView() {
    }

    public static Screen build(ResultsViewModel vm, Messages m, PictogramLibrary pictograms) {
        VBox body = new VBox();
        body.getStyleClass().add("results-body");
        Button close = Ui.button(m.get("results.close"), "secondary");
        close.setId("results-close");
        close.setOnAction(e -> vm.close());
        Runnable show = () -> fill(body, vm, m, pictograms);
        vm.stateProperty().addListener((o, a, b) -> show.run());
        show.run();
        VBox page = Ui.page(Ui.heading(m.get("results.title")), body, close);
        page.setId("results-screen");
        vm.load();
        return new Screen(page, close);
    }

    private static void fill(VBox body, ResultsViewModel vm, Messages m, PictogramLibrary pictograms) {
        body.getChildren().clear();
        switch (vm.stateProperty().get()) {
            case LOADING:
                body.getChildren().add(Ui.text(m.get("results.loading"), "hint"));
                return;
            case FAILED:
                body.getChildren().add(Ui.text(m.get("results.failed"), "error"));
                return;
            default:
                break;
        }
        FeedbackDto f = vm.feedbackProperty().get();
        List<FeedbackDto.Action> actions = f.actions() == null ? List.of() : f.actions();
        if (!Boolean.TRUE.equals(f.published())) {
            body.getChildren().add(Ui.text(m.get("results.not-published"), "lead"));
            if (!actions.isEmpty()) {
                body.getChildren().add(Ui.heading(m.get("results.actions")));
                body.getChildren().add(Ui.text(m.get("results.not-published.actions")));
                actions.forEach(a -> body.getChildren().add(action(a, m, true)));
            }
            return;
        }
        String unit = f.unit() == null ? "" : f.unit().name();
        body.getChildren().add(Ui.text(m.format("results.round", f.roundName(), unit), "lead"));
        if (f.respondents() != null) {
            body.getChildren().add(f.respondents().hidden()
                    ? Ui.text(m.get("results.too-few"), "suppressed")
                    : Ui.text(m.format("results.respondents", f.respondents().value()), "hint"));
        }
        Set<String> shown = new HashSet<>();
        if (f.areas() != null) {
            for (FeedbackDto.AreaResult a : f.areas()) {
                shown.add(a.area());
                List<FeedbackDto.Action> here = actions.stream().filter(x -> a.area().equals(x.area())).toList();
                body.getChildren().add(area(a, here, m, pictograms));
            }
        }
        List<FeedbackDto.Action> rest = actions.stream().filter(x -> !shown.contains(x.area())).toList();
        if (!rest.isEmpty()) {
            body.getChildren().add(Ui.heading(m.get("results.actions")));
            rest.forEach(a -> body.getChildren().add(action(a, m, true)));
        }
    }

    private static Node area(FeedbackDto.AreaResult a, List<FeedbackDto.Action> actions, Messages m,
                             PictogramLibrary pictograms) {
        VBox card = new VBox(new PictogramView(pictograms, PictogramLibrary.forArea(a.area()),
                m.get("area." + a.area()), 48),
                Ui.text(m.get("area." + a.area()), "card-title"),
                share(m.get("results.here"), a.unit(), m), share(m.get("results.sweden"), a.nation(), m));
        if (!actions.isEmpty()) {
            card.getChildren().add(Ui.text(m.get("results.actions.here"), "card-title"));
            actions.forEach(x -> card.getChildren().add(action(x, m, false)));
        }
        card.getStyleClass().add("card");
        card.setId("results-area-" + a.area());
        return card;
    }

    /** "You told us … so we …", with whether it is done; the area named when the action stands alone. */
    private static Node action(FeedbackDto.Action a, Messages m, boolean withArea) {
        VBox box = new VBox();
        if (withArea) {
            box.getChildren().add(Ui.text(m.get("area." + a.area()), "card-title"));
        }
        boolean done = "done".equals(a.status());
        String status = (done ? "✓ " : "→ ") + m.get(done ? "results.action.done" : "results.action.in-progress");
        box.getChildren().addAll(Ui.text(m.format("results.you-said", a.youSaid())),
                Ui.text(m.format("results.we-did", a.weDid())), Ui.text(status, "action-status"));
        box.getStyleClass().addAll("action", withArea ? "card" : "action-inline");
        box.setAccessibleText(m.format("results.you-said", a.youSaid()) + " " + m.format("results.we-did", a.weDid()));
        return box;
    }

    private static Node share(String who, FeedbackDto.Share s, Messages m) {
        if (s == null || s.hidden()) {
            return new VBox(Ui.text(who, "hint"), Ui.text(m.get("results.too-few"), "suppressed"));
        }
        ProgressBar bar = new ProgressBar(s.positivePercent() / 100.0);
        bar.setMaxWidth(Double.MAX_VALUE);
        String words = m.format("results.share", s.positivePercent());
        bar.setAccessibleText(who + ": " + words);
        return new VBox(Ui.text(who, "hint"), Ui.text(words), bar);
    }
}
