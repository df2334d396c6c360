package se.lyssna.app.screens;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import se.lyssna.app.audio.ReadAloud;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.ui.PictogramLibrary;
import se.lyssna.app.ui.PictogramView;
import se.lyssna.app.ui.ReadAloudButton;
import se.lyssna.app.ui.Ui;

/**
 * "Hur gammal är du?": one big button per age, a number a 7-year-old can find without reading, and "I'd rather not
 * say" with the closed face the questionnaires use for not answering. Read aloud like every screen.
 */
public final class AgeView {
    private AgeView() {
    }

    public static Screen build(AgeViewModel vm, Messages m, PictogramLibrary pictograms, ReadAloud readAloud) {
        VBox page = Ui.page(new PictogramView(pictograms, "face-happy", m.get("age.picture.alt"), 72),
                Ui.heading(m.get("age.title")), Ui.text(m.get("age.hint"), "lead"),
                ReadAloudButton.build(readAloud, m, pictograms, "age-read-aloud", () -> Speech.paths(m,
                        List.of(m.get("age.title"), m.get("age.hint"), m.get("age.not-say")))));
        TilePane grid = new TilePane();
        grid.getStyleClass().add("age-grid");
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPrefColumns(4);
        // Numbers read left to right in Arabic too, but the grid follows the page: 7 starts at the reading side.
        List<Button> buttons = new ArrayList<>();
        for (int age : vm.ages()) {
            // A plain button: a number is one word and must never wrap (the app's wrapping buttons split "10").
            Button b = new Button(Integer.toString(age));
            b.getStyleClass().addAll("choice", "age");
            b.setWrapText(false);
            b.setTextOverrun(javafx.scene.control.OverrunStyle.CLIP);
            b.setId("age-" + age);
            b.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            b.setMinSize(80, 72);
            b.setPrefSize(80, 72);
            // A big number in the middle: found by a child who cannot read yet.
            b.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold; -fx-alignment: center; -fx-padding: 4;");
            b.setAccessibleText(m.format("age.years", age));
            b.setOnAction(e -> vm.choose(age));
            b.disableProperty().bind(vm.busyProperty());
            buttons.add(b);
        }
        grid.getChildren().addAll(buttons);
        Button notSay = Ui.button(m.get("age.not-say"), "secondary");
        notSay.setId("age-not-say");
        Ui.picture(notSay, new PictogramView(pictograms, "face-closed", "", 32));
        notSay.setOnAction(e -> vm.choose(null));
        notSay.disableProperty().bind(vm.busyProperty());
        Label error = Ui.text("", "error");
        error.setId("age-error");
        error.visibleProperty().bind(vm.errorProperty().isNotEqualTo(CodeError.NONE));
        error.managedProperty().bind(error.visibleProperty());
        vm.errorProperty().addListener((obs, was, now) -> error.setText(now == CodeError.NONE ? ""
                : m.get("code.error.offline")));
        Button back = Ui.button(m.get("nav.back"), "secondary");
        back.setId("age-back");
        back.setOnAction(e -> vm.back());
        page.getChildren().addAll(grid, notSay, error, back);
        page.setId("age-screen");
        return new Screen(page, buttons.isEmpty() ? notSay : buttons.get(0));
    }
}
