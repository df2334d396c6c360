package se.lyssna.app.screens.facilitator;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import se.lyssna.app.facilitator.Figure;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.screens.Screen;
import se.lyssna.app.ui.BarTrack;
import se.lyssna.app.ui.CardGrid;
import se.lyssna.app.ui.Ui;

/** Drill-down: the area's items with their answer distributions, one labelled bar per option. */
public final class FacilitatorAreaView {
    private FacilitatorAreaView() {
    }

    public static Screen build(FacilitatorAreaViewModel vm, Messages m, double textScale) {
        String areaName = m.get("areaname." + vm.area());
        Label heading = Ui.heading(m.format("area.title", areaName));
        Label unit = Ui.text("", "lead");
        unit.textProperty().bind(vm.unitNameProperty());
        VBox body = new VBox(Ui.text(m.get("load.loading"), "hint"));
        body.getStyleClass().add("results-body");
        Label error = Ui.text("", "error");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        Button back = Ui.button(m.get("nav.back-results"), "secondary");
        back.setId("fac-area-back");
        back.setOnAction(e -> vm.back());
        Button actions = Ui.button(m.get("nav.actions"), "secondary");
        actions.setId("fac-actions");
        actions.setOnAction(e -> vm.openActions());
        vm.itemsProperty().addListener((o, a, items) -> fill(body, items, m, textScale));
        VBox page = Ui.page(Ui.text(m.get("fac.title"), "hint"), Charts.toolbar(back, actions), heading, unit,
                Ui.text(m.get("results.how"), "hint"), body, error);
        page.getStyleClass().addAll("facilitator", "wide");
        page.setId("fac-area-screen");
        vm.load();
        return new Screen(page, back);
    }

    private static void fill(VBox body, List<FacilitatorAreaViewModel.ItemFigures> items, Messages m,
                             double textScale) {
        body.getChildren().clear();
        if (items.isEmpty()) {
            body.getChildren().add(Ui.text(m.get("area.none")));
            return;
        }
        CardGrid grid = new CardGrid(360 * textScale, 14);
        items.forEach(i -> grid.getChildren().add(item(i, m)));
        body.getChildren().add(grid);
    }

    private static Node item(FacilitatorAreaViewModel.ItemFigures item, Messages m) {
        VBox card = new VBox(Ui.text(item.text(), "chart-title"));
        card.getStyleClass().addAll("card", "chart-card");
        card.setId("fac-item-" + item.itemId());
        if (item.hiddenReason() != null) {
            BarTrack hatched = new BarTrack(null, "bar-hidden");
            hatched.getStyleClass().add("track-current");
            Label reason = Ui.text(m.format("area.item.hidden", Charts.reason(item.hiddenReason(), m)), "note");
            reason.setId("fac-item-" + item.itemId() + "-hidden");
            card.getChildren().addAll(hatched, reason);
            card.getStyleClass().add("suppressed-item");
            return card;
        }
        if (item.answers() != null) {
            card.getChildren().add(Ui.text(m.format("area.item.answers", item.answers()), "hint"));
        }
        for (FacilitatorAreaViewModel.OptionRow o : item.options()) {
            boolean share = "answer".equals(o.kind());
            String label = o.label() + (share ? "" : " " + m.get("area.option.of-all"));
            if (o.nationPercent() != null && o.unit() instanceof Figure.Shown) {
                label += " · " + m.format("area.option.nation", o.nationPercent());
            }
            card.getChildren().add(Charts.barRow(label, o.unit(), share, m,
                    "fac-option-" + item.itemId() + "-" + o.value()));
        }
        return card;
    }
}
