package se.lyssna.app.screens.facilitator;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.lyssna.app.api.ResultsDto;
import se.lyssna.app.facilitator.AreaChart;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.screens.Screen;
import se.lyssna.app.ui.CardGrid;
import se.lyssna.app.ui.PictogramLibrary;
import se.lyssna.app.ui.PictogramView;
import se.lyssna.app.ui.Ui;

/** The unit's results: a chart per area (unit, municipality, nation; this round and the one before). */
public final class FacilitatorResultsView {
    private FacilitatorResultsView() {
    }

    public static Screen build(FacilitatorResultsViewModel vm, Messages m, PictogramLibrary pictograms,
                               double textScale) {
        VBox body = new VBox(Ui.text(m.get("load.loading"), "hint"));
        body.getStyleClass().add("results-body");
        Label error = Ui.text("", "error");
        error.setId("fac-results-error");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        Button change = Ui.button(m.get("nav.change"), "secondary");
        change.setId("fac-change");
        change.setOnAction(e -> vm.change());
        Button actions = Ui.button(m.get("nav.actions"), "primary");
        actions.setId("fac-actions");
        actions.setOnAction(e -> vm.openActions());
        Button signOut = Ui.button(m.get("nav.sign-out"), "secondary");
        signOut.setId("fac-sign-out");
        signOut.setOnAction(e -> vm.signOut());
        Map<String, VBox> groupBoxes = new HashMap<>();
        vm.loadedProperty().addListener((o, a, loaded) -> fill(body, loaded, vm, m, pictograms, textScale,
                groupBoxes));
        vm.breakdownProperty().addListener((o, a, b) -> showBreakdown(groupBoxes, b, vm, m));
        VBox page = Ui.page(Ui.text(m.get("fac.title"), "hint"), Charts.toolbar(change, actions, signOut),
                Charts.pdfButtons(vm.pdf(), m), body, error);
        page.getStyleClass().addAll("facilitator", "wide");
        page.setId("fac-results-screen");
        vm.load();
        return new Screen(page, actions);
    }

    private static void fill(VBox body, FacilitatorResultsViewModel.Loaded loaded, FacilitatorResultsViewModel vm,
                             Messages m, PictogramLibrary pictograms, double textScale,
                             Map<String, VBox> groupBoxes) {
        ResultsDto unit = loaded.unit();
        body.getChildren().setAll(Ui.heading(m.format("results.title", unit.scope().name())),
                Ui.text(m.format("results.subtitle", unit.roundName(), unit.questionnaire() == null ? ""
                        : unit.questionnaire().version()), "lead"));
        Label respondents = respondents(unit, m);
        respondents.setId("fac-respondents");
        body.getChildren().add(respondents);
        if (!unit.isPublished()) {
            return;
        }
        if (unit.responseRatePercent() != null && !unit.responseRatePercent().hidden() && unit.codesIssued() != null) {
            body.getChildren().add(Ui.text(m.format("results.rate", unit.responseRatePercent().value(),
                    unit.codesIssued()), "hint"));
        }
        if (!loaded.municipalityAvailable()) {
            Label note = Ui.text(m.get("municipality.unavailable"), "note");
            note.setId("fac-municipality-unavailable");
            body.getChildren().add(note);
        }
        body.getChildren().add(Charts.legend(m, unit.roundName(), loaded.previousRound().orElse(null)));
        body.getChildren().add(breakdownChooser(vm, m));
        CardGrid grid = new CardGrid(330 * textScale, 14);
        grid.setId("fac-charts");
        groupBoxes.clear();
        for (AreaChart chart : loaded.charts()) {
            VBox groups = new VBox();
            groups.getStyleClass().add("group-bars");
            groups.setId("fac-groups-" + chart.area());
            groups.managedProperty().bind(groups.visibleProperty());
            groups.setVisible(false);
            groupBoxes.put(chart.area(), groups);
            grid.getChildren().add(card(chart, vm, m, pictograms, groups));
        }
        body.getChildren().add(grid);
        body.getChildren().add(freeTexts(loaded.freeTexts(), m));
        showBreakdown(groupBoxes, vm.breakdownProperty().get(), vm, m);
    }

    /** "Dela upp efter": none, age, gender, placement form, time in the placement, born in Sweden. */
    private static Node breakdownChooser(FacilitatorResultsViewModel vm, Messages m) {
        ComboBox<String> choice = new ComboBox<>();
        choice.getItems().add("");
        choice.getItems().addAll(FacilitatorResultsViewModel.BREAKDOWNS);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return vm.breakdownLabel(v);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        choice.setValue(vm.breakdownProperty().get() == null ? "" : vm.breakdownProperty().get().variable());
        choice.setId("fac-breakdown");
        choice.setAccessibleText(m.get("breakdown.title"));
        choice.valueProperty().addListener((o, a, v) -> vm.breakDownBy(v));
        Label title = Ui.text(m.get("breakdown.title"), "card-title");
        title.setLabelFor(choice);
        HBox row = new HBox(title, choice);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("legend-row");
        Label status = Ui.text("", "hint");
        status.setId("fac-breakdown-status");
        status.textProperty().bind(vm.breakdownStatusProperty());
        status.managedProperty().bind(vm.breakdownStatusProperty().isNotEmpty());
        status.visibleProperty().bind(vm.breakdownStatusProperty().isNotEmpty());
        VBox box = new VBox(row, Ui.text(m.get("breakdown.hint"), "hint"), status);
        box.getStyleClass().addAll("card", "legend");
        box.setId("fac-breakdown-box");
        return box;
    }

    /** A small bar per group under each area's chart, hidden groups striped with the reason in words. */
    private static void showBreakdown(Map<String, VBox> groupBoxes, FacilitatorResultsViewModel.Breakdown breakdown,
                                      FacilitatorResultsViewModel vm, Messages m) {
        groupBoxes.forEach((area, box) -> {
            box.getChildren().clear();
            var groups = breakdown == null ? null : breakdown.area(area).orElse(null);
            box.setVisible(groups != null);
            if (groups == null) {
                return;
            }
            Region gap = new Region();
            gap.getStyleClass().add("series-gap");
            box.getChildren().addAll(gap, Ui.text(m.format("breakdown.heading",
                    vm.breakdownLabel(breakdown.variable())), "bar-label", "current"));
            for (FacilitatorResultsViewModel.GroupRow row : groups.rows()) {
                box.getChildren().add(Charts.barRow(row.label(), row.figure(), true, m,
                        "fac-group-" + area + "-" + row.value()));
            }
        });
    }

    /** "Barnens egna ord": the unit's free texts (already redacted by the server) under their question. */
    private static Node freeTexts(List<FacilitatorResultsViewModel.FreeTexts> all, Messages m) {
        VBox box = new VBox(Ui.text(m.get("freetexts.title"), "chart-title"),
                Ui.text(m.get("freetexts.note"), "note"));
        if (all.isEmpty()) {
            Label none = Ui.text(m.get("freetexts.none"), "hint");
            none.setId("fac-free-texts-none");
            box.getChildren().add(none);
        }
        for (FacilitatorResultsViewModel.FreeTexts question : all) {
            if (question.question() != null) {
                box.getChildren().add(Ui.text(question.question(), "bar-label", "current"));
            }
            for (String text : question.texts()) {
                Label said = Ui.text(m.format("freetexts.quote", text), "free-text");
                said.setWrapText(true);
                box.getChildren().add(said);
            }
        }
        box.getStyleClass().addAll("card", "free-texts");
        box.setId("fac-free-texts");
        return box;
    }

    private static Label respondents(ResultsDto unit, Messages m) {
        ResultsDto.Figure r = unit.respondents();
        if (!unit.isPublished()) {
            return Ui.text(r == null || r.hidden() ? m.get("results.open.hidden")
                    : m.format("results.open", r.value()), "note");
        }
        if (r == null || r.hidden()) {
            return Ui.text(m.format("results.respondents.hidden", Charts.reason(r == null ? null : r.reason(), m)),
                    "note", "suppressed-note");
        }
        return Ui.text(m.format("results.respondents", r.value()), "lead");
    }

    private static Node card(AreaChart chart, FacilitatorResultsViewModel vm, Messages m,
                             PictogramLibrary pictograms, VBox groups) {
        String name = m.get("areaname." + chart.area());
        PictogramView picture = new PictogramView(pictograms, PictogramLibrary.forArea(chart.area()), name, 40);
        javafx.scene.layout.HBox title = new javafx.scene.layout.HBox(picture, Ui.text(name, "chart-title"));
        title.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        title.getStyleClass().add("chart-head");
        VBox card = new VBox(title);
        AreaChart.Series last = null;
        for (AreaChart.Bar bar : chart.bars()) {
            if (last != null && last != bar.series()) {
                javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
                gap.getStyleClass().add("series-gap");
                card.getChildren().add(gap);
            }
            last = bar.series();
            String id = "fac-bar-" + chart.area() + "-" + bar.series().name().toLowerCase(Locale.ROOT) + "-"
                    + (bar.current() ? "current" : "previous");
            card.getChildren().add(Charts.barRow(m.format("bar.label", bar.scopeName(), bar.roundName()),
                    bar.figure(), bar.current(), m, id));
        }
        if (chart.comparisonBreak()) {
            card.getChildren().add(Ui.text("⚠ " + m.get("area.break"), "hint"));
        }
        card.getChildren().add(groups);
        Button open = Ui.button(m.format("area.open", name), "secondary");
        open.setId("fac-area-open-" + chart.area());
        open.setOnAction(e -> vm.openArea(chart.area()));
        card.getChildren().add(open);
        card.getStyleClass().addAll("card", "chart-card");
        card.setId("fac-chart-" + chart.area());
        return card;
    }
}
