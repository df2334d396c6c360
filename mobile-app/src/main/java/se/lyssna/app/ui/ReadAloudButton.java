package se.lyssna.app.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import se.lyssna.app.audio.ReadAloud;
import se.lyssna.app.i18n.Messages;

/** The read-aloud button of a screen: starts and stops, and shows whether it is playing or failed. */
public final class ReadAloudButton {
    /** The state the button shows, in its properties (for tests and for the accessibility text). */
    public static final String STATE = "lyssna.read-aloud.state";
    private static final PseudoClass PLAYING = PseudoClass.getPseudoClass("playing");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private ReadAloudButton() {
    }

    /** @param audioPaths what the screen says, in order, resolved when tapped (answers may have changed) */
    public static Button build(ReadAloud audio, Messages m, PictogramLibrary pictograms, String id,
                               Supplier<List<String>> audioPaths) {
        Button b = Ui.button(m.get("read-aloud.play"), "secondary", "read-aloud");
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        Ui.picture(b, new PictogramView(pictograms, "speaker", "", 32));
        b.setOnAction(e -> audio.toggle(audioPaths.get()));
        ChangeListener<ReadAloud.State> show = (o, was, now) -> show(b, now, m);
        // The player lives as long as the app, a button only as long as its screen: hold the listener weakly.
        b.getProperties().put(ChangeListener.class, show);
        audio.stateProperty().addListener(new WeakChangeListener<>(show));
        show(b, audio.stateProperty().get(), m);
        return b;
    }

    private static void show(Button b, ReadAloud.State state, Messages m) {
        b.getProperties().put(STATE, state);
        b.pseudoClassStateChanged(PLAYING, state == ReadAloud.State.PLAYING);
        b.pseudoClassStateChanged(FAILED, state == ReadAloud.State.FAILED);
        b.setText(m.get(switch (state) {
            case PLAYING -> "read-aloud.stop";
            case FAILED -> "read-aloud.failed";
            default -> "read-aloud.play";
        }));
    }
}
