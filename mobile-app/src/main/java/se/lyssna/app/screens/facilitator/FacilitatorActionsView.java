package se.lyssna.app.screens.facilitator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.lyssna.app.api.FacilitatorDtos;
import se.lyssna.app.api.ItemDto;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.screens.Screen;
import se.lyssna.app.ui.CardGrid;
import se.lyssna.app.ui.Ui;

/** "You said, we did": the unit's actions with their status, and a form to record a new one. */
public final class FacilitatorActionsView {
    private FacilitatorActionsView() {
    }

    public static Screen build(FacilitatorActionsViewModel vm, Messages m, double textScale) {
        Label heading = Ui.heading("");
        heading.textProperty().bind(vm.unitNameProperty().map(n -> m.format("actions.title", n)));
        VBox list = new VBox(Ui.text(m.get("load.loading"), "hint"));
        list.getStyleClass().add("results-body");
        list.setId("fac-action-list");
        vm.actionsProperty().addListener((o, a, actions) -> fillList(list, actions, vm, m));
        vm.actionErrors().addListener((MapChangeListener<String, String>) c -> {
            if (vm.actionsProperty().get() != null) {
                fillList(list, vm.actionsProperty().get(), vm, m);
            }
        });
        Button back = Ui.button(m.get("nav.back-results"), "secondary");
        back.setId("fac-actions-back");
        back.setOnAction(e -> vm.back());
        CardGrid columns = new CardGrid(480 * textScale, 18);
        columns.getChildren().addAll(form(vm, m), new VBox(Ui.text(m.get("actions.list"), "chart-title"), list));
        VBox page = Ui.page(Ui.text(m.get("fac.title"), "hint"), Charts.toolbar(back),
                Charts.pdfButtons(vm.pdf(), m), heading, Ui.text(m.get("actions.lead"), "lead"), columns);
        page.getStyleClass().addAll("facilitator", "wide");
        page.setId("fac-actions-screen");
        vm.load();
        return new Screen(page, back);
    }

    private static Node form(FacilitatorActionsViewModel vm, Messages m) {
        ComboBox<String> area = new ComboBox<>();
        area.getItems().setAll(FacilitatorActionsViewModel.AREAS);
        area.setConverter(converter(a -> m.get("areaname." + a)));
        area.valueProperty().bindBidirectional(vm.areaProperty());
        area.setId("fac-action-area");
        ComboBox<String> item = new ComboBox<>();
        item.setId("fac-action-item");
        Runnable fillItems = () -> {
            List<String> ids = new ArrayList<>();
            ids.add("");
            vm.itemsProperty().get().forEach(i -> ids.add(i.id()));
            item.getItems().setAll(ids);
            item.setConverter(converter(id -> id == null || id.isEmpty() ? m.get("actions.item.none")
                    : vm.itemsProperty().get().stream().filter(i -> i.id().equals(id)).map(ItemDto::text)
                            .findFirst().orElse(id)));
            item.setValue("");
        };
        vm.itemsProperty().addListener((o, a, b) -> fillItems.run());
        fillItems.run();
        item.valueProperty().addListener((o, a, b) -> vm.itemProperty().set(b == null || b.isEmpty() ? null : b));
        ComboBox<String> status = new ComboBox<>();
        status.getItems().setAll(FacilitatorActionsViewModel.STATUSES);
        status.setConverter(converter(s -> m.get("status." + s)));
        status.valueProperty().bindBidirectional(vm.statusProperty());
        status.setId("fac-action-status");
        TextField responsible = new TextField();
        responsible.setPromptText(m.get("actions.responsible.prompt"));
        responsible.textProperty().bindBidirectional(vm.responsibleProperty());
        Button save = Ui.button(m.get("actions.save"), "primary");
        save.setId("fac-action-save");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        Label message = Ui.text("", "note");
        message.setId("fac-action-message");
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(vm.messageProperty().isNotEmpty());
        VBox form = new VBox(Ui.text(m.get("actions.new"), "chart-title"));
        form.getChildren().addAll(field(vm, m.get("actions.area"), "area", area));
        form.getChildren().addAll(field(vm, m.get("actions.item"), "item", item));
        form.getChildren().addAll(field(vm, m.get("actions.you-said"), "youSaid", area(vm.youSaidProperty(), 300)));
        form.getChildren().addAll(field(vm, m.get("actions.we-decided"), "weDecided",
                area(vm.weDecidedProperty(), 1000)));
        form.getChildren().addAll(field(vm, m.get("actions.we-did"), "weDid", area(vm.weDidProperty(), 1000)));
        form.getChildren().addAll(field(vm, m.get("actions.responsible"), "responsible", responsible));
        form.getChildren().addAll(field(vm, m.get("actions.status"), "status", status));
        form.getChildren().addAll(generalErrors(vm), save, message);
        form.getStyleClass().addAll("card", "action-form");
        form.setId("fac-action-form");
        return form;
    }

    private static TextArea area(javafx.beans.property.StringProperty text, int max) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(2);
        area.textProperty().bindBidirectional(text);
        area.setTextFormatter(new javafx.scene.control.TextFormatter<String>(c ->
                c.getControlNewText().length() <= max ? c : null));
        return area;
    }

    /** A labelled field with the backend's message for it right below, tied to the field for screen readers. */
    private static List<Node> field(FacilitatorActionsViewModel vm, String label, String name, Control control) {
        control.setId("fac-action-" + name);
        control.setMaxWidth(Double.MAX_VALUE);
        Label caption = Ui.text(label, "field-label");
        caption.setLabelFor(control);
        Label error = Ui.text("", "error", "field-error");
        error.setId("fac-action-error-" + name);
        Runnable show = () -> {
            String text = vm.fieldErrors().get(name);
            error.setText(text == null ? "" : text);
            error.setVisible(text != null);
            error.setManaged(text != null);
            control.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), text != null);
            control.setAccessibleHelp(text == null ? null : text);
        };
        vm.fieldErrors().addListener((MapChangeListener<String, String>) c -> show.run());
        show.run();
        return List.of(caption, control, error);
    }

    /** Violations without a field of the form (e.g. the round). */
    private static Node generalErrors(FacilitatorActionsViewModel vm) {
        Label error = Ui.text("", "error", "field-error");
        error.setId("fac-action-error-other");
        List<String> known = List.of("area", "item", "youSaid", "weDecided", "weDid", "responsible", "status");
        Runnable show = () -> {
            List<String> other = new ArrayList<>();
            vm.fieldErrors().forEach((k, v) -> {
                if (!known.contains(k)) {
                    other.add(v);
                }
            });
            error.setText(String.join(" ", other));
            error.setManaged(!other.isEmpty());
            error.setVisible(!other.isEmpty());
        };
        vm.fieldErrors().addListener((MapChangeListener<String, String>) c -> show.run());
        show.run();
        return error;
    }

    private static void fillList(VBox list, List<FacilitatorDtos.Action> actions, FacilitatorActionsViewModel vm,
                                 Messages m) {
        list.getChildren().clear();
        if (actions.isEmpty()) {
            list.getChildren().add(Ui.text(m.get("actions.none"), "hint"));
        }
        for (FacilitatorDtos.Action a : actions) {
            VBox card = new VBox(Ui.text(m.get("areaname." + a.area()), "card-title"),
                    Ui.text(m.get("actions.you-said") + ": " + a.youSaid()),
                    Ui.text(m.get("actions.we-decided") + ": " + a.weDecided()));
            if (a.weDid() != null) {
                card.getChildren().add(Ui.text(m.get("actions.we-did") + ": " + a.weDid()));
            }
            card.getChildren().add(Ui.text(m.format("actions.responsible.value", a.responsible()), "hint"));
            ComboBox<String> status = new ComboBox<>();
            status.getItems().setAll(FacilitatorActionsViewModel.STATUSES);
            status.setConverter(converter(s -> m.get("status." + s)));
            status.setValue(a.status());
            status.setId("fac-action-status-" + a.id());
            status.setAccessibleText(m.get("actions.status"));
            status.valueProperty().addListener((o, was, now) -> {
                if (now != null && !now.equals(a.status())) {
                    vm.changeStatus(a.id(), now);
                }
            });
            Label visible = Ui.text("planned".equals(a.status()) ? m.get("actions.not-visible")
                    : m.get("actions.visible"), "hint");
            card.getChildren().addAll(status, visible);
            String error = vm.actionErrors().get(a.id());
            if (error != null) {
                Label e = Ui.text(error, "error");
                e.setId("fac-action-status-error-" + a.id());
                card.getChildren().add(e);
            }
            card.getStyleClass().add("card");
            card.getProperties().put("youSaid", a.youSaid());
            list.getChildren().add(card);
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
