package se.lyssna.app.screens;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import java.util.List;
import se.lyssna.app.audio.ReadAloud;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.ui.ReadAloudButton;
import se.lyssna.app.ui.PictogramLibrary;
import se.lyssna.app.ui.PictogramView;
import se.lyssna.app.ui.AdaptiveRow;
import se.lyssna.app.ui.Ui;

/** Before the first question: anonymity, skipping, who sees the results, and the quick-exit button. */
public final class AboutView {
    private AboutView() {
    }

    public static Screen build(AboutViewModel vm, Messages m, PictogramLibrary pictograms, ReadAloud readAloud,
                               double scale) {
        String title = vm.title().isBlank() ? m.get("about.title") : vm.title();
        List<String> said = List.of(title, vm.intro(), m.get("about.anonymous.title"), m.get("about.anonymous.text"),
                m.get("about.skip.title"), m.get("about.skip.text"), m.get("about.who.title"),
                m.get("about.who.text"), m.get("about.exit.title"), m.get("about.exit.text"));
        VBox page = Ui.page(Ui.heading(title), ReadAloudButton.build(readAloud, m, pictograms, "about-read-aloud",
                () -> Speech.paths(m, said)));
        if (!vm.intro().isBlank()) {
            page.getChildren().add(Ui.text(vm.intro(), "lead"));
        }
        page.getChildren().addAll(
                card(pictograms, "shield", m.get("about.anonymous.title"), m.get("about.anonymous.text"), scale),
                card(pictograms, "hand", m.get("about.skip.title"), m.get("about.skip.text"), scale),
                card(pictograms, "people", m.get("about.who.title"), m.get("about.who.text"), scale),
                card(pictograms, "door", m.get("about.exit.title"), m.get("about.exit.text"), scale),
                Ui.text(m.format("about.count", vm.questionCount()), "hint"));
        Button begin = Ui.button(m.get("about.begin"), "primary", "big");
        begin.setId("about-begin");
        begin.setDefaultButton(true);
        begin.setOnAction(e -> vm.begin());
        page.getChildren().add(begin);
        return new Screen(page, begin);
    }

    /** Picture beside the words, or above them when large text leaves too little room beside. */
    private static Node card(PictogramLibrary pictograms, String pictogram, String title, String text, double scale) {
        PictogramView picture = new PictogramView(pictograms, pictogram, title, 56 * scale);
        VBox words = new VBox(Ui.text(title, "card-title"), Ui.text(text));
        words.getStyleClass().add("card-words");
        AdaptiveRow card = new AdaptiveRow(330 * scale, List.of(picture, words));
        card.getStyleClass().add("card");
        return card;
    }
}
