package se.lyssna.app.screens;

import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.lyssna.app.audio.ReadAloud;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.ui.ReadAloudButton;
import se.lyssna.app.ui.PictogramLibrary;
import se.lyssna.app.ui.PictogramView;
import se.lyssna.app.ui.Ui;

/** The neutral first screen: a friendly mark, the app name, one button. Nothing names the care system. */
public final class StartView {
    private StartView() {
    }

    public static Screen build(StartViewModel vm, Messages m, PictogramLibrary pictograms, ReadAloud readAloud) {
        PictogramView mark = new PictogramView(pictograms, "speech-bubble", m.get("start.mark.alt"), 128);
        Button begin = Ui.button(m.get("start.begin"), "primary", "big");
        begin.setId("start-begin");
        begin.setDefaultButton(true);
        begin.setOnAction(e -> vm.begin());
        VBox page = Ui.page(mark, Ui.text(m.get("app.name"), "title", "centered"),
                Ui.text(m.get("start.tagline"), "lead", "centered"), begin,
                ReadAloudButton.build(readAloud, m, pictograms, "start-read-aloud", () -> Speech.paths(m,
                        java.util.List.of(m.get("start.tagline"), m.get("start.begin")))));
        page.getStyleClass().add("start");
        vm.results().ifPresent(r -> {
            Button results = Ui.button(m.get("start.results"), "secondary");
            results.setId("start-results");
            results.setOnAction(e -> vm.showResults());
            page.getChildren().add(results);
        });
        // Discreet, last in the page and in the focus order: the way in for council facilitators.
        Button adults = Ui.button(m.get("start.adults"), "link-quiet");
        adults.setId("start-adults");
        adults.setMaxWidth(Region.USE_PREF_SIZE);
        adults.setOnAction(e -> vm.forAdults());
        VBox foot = new VBox(adults);
        foot.getStyleClass().add("start-foot");
        foot.setAlignment(javafx.geometry.Pos.CENTER);
        page.getChildren().add(foot);
        return new Screen(page, begin);
    }
}
