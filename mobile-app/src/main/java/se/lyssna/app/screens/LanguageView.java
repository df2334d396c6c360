package se.lyssna.app.screens;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import se.lyssna.app.i18n.AppLanguage;
import se.lyssna.app.audio.ReadAloud;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.ui.PictogramLibrary;
import se.lyssna.app.ui.ReadAloudButton;
import se.lyssna.app.ui.Ui;

/** Four big buttons, each language named in its own script. */
public final class LanguageView {
    private LanguageView() {
    }

    public static Screen build(LanguageViewModel vm, Messages m, PictogramLibrary pictograms, ReadAloud readAloud) {
        // Each language's name is read in that language, so a child who cannot read finds their own.
        VBox page = Ui.page(Ui.heading(m.get("language.title")), ReadAloudButton.build(readAloud, m, pictograms,
                "language-read-aloud", () -> vm.languages().stream()
                        .map(l -> ReadAloud.pathOf(l.tag(), m.get(l.nameKey()))).toList()));
        Button first = null;
        for (AppLanguage language : vm.languages()) {
            Button b = Ui.button(m.get(language.nameKey()), "choice", "language");
            b.setId("language-" + language.tag());
            b.setNodeOrientation(language.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT
                    : NodeOrientation.LEFT_TO_RIGHT);
            if (language == vm.selected()) {
                b.getStyleClass().add("current");
            }
            b.setOnAction(e -> vm.choose(language));
            page.getChildren().add(b);
            if (first == null) {
                first = b;
            }
        }
        Button back = Ui.button(m.get("nav.back"), "secondary");
        back.setId("language-back");
        back.setOnAction(e -> vm.back());
        page.getChildren().add(back);
        return new Screen(page, first);
    }
}
