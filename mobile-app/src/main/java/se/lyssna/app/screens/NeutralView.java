package se.lyssna.app.screens;

import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.ui.Ui;

/** Where quick exit lands: an ordinary-looking screen with nothing about the survey on it. */
public final class NeutralView {
    private NeutralView() {
    }

    public static Screen build(NeutralViewModel vm, Messages m) {
        Button ok = Ui.button(m.get("neutral.ok"), "secondary");
        ok.setId("neutral-ok");
        ok.setOnAction(e -> vm.close());
        VBox page = Ui.page(Ui.text(m.get("neutral.title"), "title", "centered"),
                Ui.text(m.get("neutral.text"), "lead", "centered"), ok);
        page.setId("neutral-screen");
        return new Screen(page, ok);
    }
}
