package se.lyssna.app.screens;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import se.lyssna.app.audio.ReadAloud;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.ui.Dialer;
import se.lyssna.app.ui.PictogramLibrary;
import se.lyssna.app.ui.PictogramView;
import se.lyssna.app.ui.ReadAloudButton;
import se.lyssna.app.ui.Ui;

/**
 * Help, one tap from every screen: a trusted adult, the help lines of the child's questionnaire (Bris before a
 * survey and under 18, adult services for 18–21), 112. Nothing here is tied to the answers.
 */
public final class HelpView {
    private HelpView() {
    }

    public static Screen build(HelpViewModel vm, Messages m, PictogramLibrary pictograms, ReadAloud readAloud) {
        List<String> texts = new java.util.ArrayList<>(List.of(m.get("help.title"), m.get("help.adult")));
        VBox adult = card(Ui.text(m.get("help.adult")));
        List<VBox> lines = new java.util.ArrayList<>();
        if (vm.lines().isEmpty()) {
            VBox bris = card(Ui.text(m.get("help.bris"), "lead", "card-title"));
            bris.setId("help-bris");
            callButton(m.get("help.bris.call"), "116111", "help-call-bris").ifPresent(bris.getChildren()::add);
            lines.add(bris);
            texts.add(m.get("help.bris"));
        }
        for (se.lyssna.app.api.HelpLineDto line : vm.lines()) {
            VBox card = card(Ui.text(line.text(), "lead", "card-title"));
            card.setId("help-line-" + line.dial());
            callButton(m.format("help.line.call", line.name(), line.phone()), line.dial(),
                    "help-call-" + line.dial()).ifPresent(card.getChildren()::add);
            lines.add(card);
            // Not read aloud yet: the audio generator covers questionnaires and app texts, not help-lines.yaml.
        }
        texts.add(m.get("help.emergency"));
        VBox emergency = card(Ui.text(m.get("help.emergency"), "lead", "card-title"));
        emergency.setId("help-emergency");
        callButton(m.get("help.emergency.call"), "112", "help-call-112").ifPresent(emergency.getChildren()::add);
        Button back = Ui.button(m.get("help.back"), "primary");
        back.setId("help-back");
        back.setOnAction(e -> vm.back());
        VBox page = Ui.page(new PictogramView(pictograms, "heart", m.get("help.title"), 72),
                Ui.heading(m.get("help.title")),
                ReadAloudButton.build(readAloud, m, pictograms, "help-read-aloud", () -> Speech.paths(m, texts)),
                adult);
        page.getChildren().addAll(lines);
        page.getChildren().addAll(emergency, back);
        page.setId("help-screen");
        return new Screen(page, back);
    }

    private static java.util.Optional<Button> callButton(String label, String number, String id) {
        return Dialer.call(number).map(call -> {
            Button b = Ui.button(label, "primary");
            b.setId(id);
            b.setOnAction(e -> call.run());
            return b;
        });
    }

    private static VBox card(javafx.scene.Node... content) {
        VBox card = new VBox(content);
        card.getStyleClass().addAll("card", "help");
        return card;
    }
}
