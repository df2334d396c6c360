package se.lyssna.app.screens;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import java.util.ArrayList;
import java.util.List;
import se.lyssna.app.api.HelpLineDto;
import se.lyssna.app.audio.ReadAloud;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.ui.ReadAloudButton;
import se.lyssna.app.sending.SendState;
import se.lyssna.app.ui.PictogramLibrary;
import se.lyssna.app.ui.PictogramView;
import se.lyssna.app.ui.Ui;

/** Thank you; whether the answers are sent or saved to send later; where to get help; how results come back. */
public final class ThankYouView {
    private ThankYouView() {
    }

    public static Screen build(ThankYouViewModel vm, Messages m, PictogramLibrary pictograms, ReadAloud readAloud) {
        Label status = Ui.text("", "status");
        status.setId("send-status");
        Button retry = Ui.button(m.get("thanks.retry"), "secondary");
        retry.setId("send-retry");
        retry.setOnAction(e -> vm.retryNow());
        retry.managedProperty().bind(retry.visibleProperty());
        Runnable show = () -> {
            SendState state = vm.sendStateProperty().get();
            status.setText(m.get("send." + state.name().toLowerCase(java.util.Locale.ROOT)));
            status.getStyleClass().removeAll("waiting", "sent", "refused");
            status.getStyleClass().add(state.name().toLowerCase(java.util.Locale.ROOT));
            retry.setVisible(state == SendState.WAITING);
        };
        vm.sendStateProperty().addListener((o, a, b) -> show.run());
        show.run();

        List<String> helpTexts = new ArrayList<>(List.of(m.get("thanks.help.title"), m.get("thanks.help.text")));
        VBox help = new VBox(Ui.text(m.get("thanks.help.title"), "card-title"), Ui.text(m.get("thanks.help.text")));
        for (HelpLineDto line : vm.helpLines()) {
            Label text = Ui.text(line.text(), "lead");
            text.setId("thanks-help-" + line.dial());
            // Not read aloud, as on the help screen: the audio covers questionnaires and app texts only.
            help.getChildren().add(text);
        }
        help.getChildren().add(Ui.text(m.get("thanks.help.adult")));
        helpTexts.add(m.get("thanks.help.adult"));
        help.getStyleClass().addAll("card", "help");
        help.setId("thanks-help");
        VBox results = new VBox(Ui.text(m.get("thanks.results.title"), "card-title"),
                Ui.text(m.get("thanks.results.text")));
        results.getStyleClass().add("card");

        Button speak = ReadAloudButton.build(readAloud, m, pictograms, "thanks-read-aloud", () -> {
            List<String> texts = new ArrayList<>(List.of(m.get("thanks.title"), status.getText()));
            texts.addAll(helpTexts);
            texts.addAll(List.of(m.get("thanks.results.title"), m.get("thanks.results.text")));
            return Speech.paths(m, texts);
        });
        VBox page = Ui.page(new PictogramView(pictograms, "heart", m.get("thanks.title"), 96),
                Ui.heading(m.get("thanks.title")), speak, status, retry, help, results);
        vm.results().ifPresent(r -> {
            Button show2 = Ui.button(m.get("thanks.see-results"), "secondary");
            show2.setId("thanks-results");
            show2.setOnAction(e -> vm.showResults());
            page.getChildren().add(show2);
        });
        Button done = Ui.button(m.get("thanks.done"), "primary");
        done.setId("thanks-done");
        done.setOnAction(e -> vm.finish());
        page.getChildren().add(done);
        return new Screen(page, done);
    }
}
