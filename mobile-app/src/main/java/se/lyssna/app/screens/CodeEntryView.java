package se.lyssna.app.screens;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import se.lyssna.app.audio.ReadAloud;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.ui.PictogramLibrary;
import se.lyssna.app.ui.ReadAloudButton;
import se.lyssna.app.ui.StackingRow;
import se.lyssna.app.theme.ThemeStylesheet;
import se.lyssna.app.ui.Ui;

/** A large, forgiving code field with a clear message when the code does not work. */
public final class CodeEntryView {
    private CodeEntryView() {
    }

    public static Screen build(CodeEntryViewModel vm, Messages m, PictogramLibrary pictograms, ReadAloud readAloud,
                               double textScale) {
        TextField field = new TextField();
        field.setId("code-field");
        field.getStyleClass().add("code-field");
        field.setPromptText(m.get("code.prompt"));
        // The whole 14-character code must stay visible on a phone at 200 %: the field's text grows with the
        // text size only up to 24 px (a 360 px phone fits the code at that size; 1.8 em would not).
        field.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;",
                Math.min(24, 1.8 * ThemeStylesheet.BASE_FONT_PX * textScale)));
        field.setAccessibleText(m.get("code.title"));
        field.textProperty().bindBidirectional(vm.codeProperty());
        field.setOnAction(e -> vm.submit());

        Label error = Ui.text("", "error");
        error.setId("code-error");
        error.setAccessibleRole(AccessibleRole.TEXT);
        error.managedProperty().bind(error.visibleProperty());
        vm.errorProperty().addListener((obs, was, now) -> showError(error, now, m));
        showError(error, vm.errorProperty().get(), m);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(40, 40);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(vm.busyProperty());

        Button back = Ui.button(m.get("nav.back"), "secondary");
        back.setId("code-back");
        back.setOnAction(e -> vm.back());
        Button go = Ui.button(m.get("code.submit"), "primary");
        go.setId("code-submit");
        go.disableProperty().bind(vm.canSubmit().not());
        go.setOnAction(e -> vm.submit());
        StackingRow nav = new StackingRow(back, go);
        Button results = Ui.button(m.get("code.results"), "secondary");
        results.setId("code-results");
        results.visibleProperty().bind(vm.canShowResults());
        results.managedProperty().bind(results.visibleProperty());
        results.setOnAction(e -> vm.showResults());

        // After a refused code the field keeps the focus (not the top bar), so the child can correct it at once.
        vm.errorProperty().addListener((obs, was, now) -> {
            if (now != CodeError.NONE) {
                field.requestFocus();
                field.selectAll();
            }
        });
        Button speak = ReadAloudButton.build(readAloud, m, pictograms, "code-read-aloud", () -> Speech.paths(m,
                java.util.List.of(m.get("code.title"), m.get("code.hint"), error.getText(),
                        results.isVisible() ? m.get("code.results") : "", m.get("code.no-code"))));
        VBox page = Ui.page(Ui.heading(m.get("code.title")), speak, Ui.text(m.get("code.hint"), "hint"), field,
                error, results, busy, nav, Ui.text(m.get("code.no-code"), "hint"));
        return new Screen(page, field);
    }

    private static void showError(Label label, CodeError error, Messages m) {
        label.setVisible(error != CodeError.NONE);
        label.setText(error == CodeError.NONE ? "" : m.get(error.messageKey()));
    }
}
