package se.lyssna.app.screens.facilitator;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import se.lyssna.app.api.FacilitatorDtos;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.screens.Screen;
import se.lyssna.app.ui.Ui;

/** Choose a round and one of your units. */
public final class FacilitatorHomeView {
    private FacilitatorHomeView() {
    }

    public static Screen build(FacilitatorHomeViewModel vm, Messages m) {
        VBox list = new VBox();
        list.getStyleClass().add("results-body");
        list.getChildren().add(Ui.text(m.get("load.loading"), "hint"));
        Label error = Ui.text("", "error");
        error.textProperty().bind(vm.errorProperty());
        vm.roundsProperty().addListener((o, a, rounds) -> fill(list, rounds, vm, m));
        Button signOut = Ui.button(m.get("nav.sign-out"), "secondary");
        signOut.setId("fac-sign-out");
        signOut.setOnAction(e -> vm.signOut());
        VBox page = Ui.page(Ui.text(m.get("fac.title"), "hint"), Ui.heading(m.get("home.title")), list, error,
                signOut);
        page.getStyleClass().addAll("facilitator", "wide");
        page.setId("fac-home-screen");
        vm.load();
        return new Screen(page, signOut);
    }

    private static void fill(VBox list, List<FacilitatorDtos.RoundSummary> rounds, FacilitatorHomeViewModel vm,
                             Messages m) {
        list.getChildren().clear();
        if (rounds.isEmpty()) {
            list.getChildren().add(Ui.text(m.get("home.none")));
        }
        for (FacilitatorDtos.RoundSummary r : rounds) {
            FlowPane units = new FlowPane();
            units.getStyleClass().add("button-flow");
            for (FacilitatorDtos.UnitRef u : r.units()) {
                Button open = Ui.button(u.name() + " (" + u.code() + ")", "secondary");
                open.setMaxWidth(Double.MAX_VALUE);
                open.setId("fac-open-" + r.name().replaceAll("\\W+", "-") + "-" + u.code());
                open.setOnAction(e -> vm.choose(r.roundId(), u.code()));
                units.getChildren().add(open);
            }
            VBox card = new VBox(Ui.text(r.name(), "card-title"), Ui.text(vm.stateOf(r) + " · "
                    + m.format("home.dates", r.opensOn(), r.closesOn()), "hint"), units);
            card.getStyleClass().add("card");
            list.getChildren().add(card);
        }
    }
}
