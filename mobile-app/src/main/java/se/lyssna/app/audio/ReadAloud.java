package se.lyssna.app.audio;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import se.lyssna.definitions.AudioKey;

/**
 * Reads a screen aloud: the audio files of its texts, one after another. App texts are named like the
 * questionnaire's ({@link AudioKey}: locale and text), so the same generator and the same endpoint serve both.
 */
public class ReadAloud {
    /** What the read-aloud button shows. */
    public enum State { IDLE, PLAYING, FAILED }

    private final AudioPlayer player;
    private final Function<String, URI> audioUri;
    private final ObjectBinding<State> state;
    /** A failure belongs to the screen that asked: a new screen starts idle. */
    private final BooleanProperty failureShown = new SimpleBooleanProperty(true);

    /** @param audioUri where the file at an audio path (e.g. {@code sv/3f2a….mp3}) is served */
    public ReadAloud(AudioPlayer player, Function<String, URI> audioUri) {
        this.player = player;
        this.audioUri = audioUri;
        this.state = Bindings.createObjectBinding(() -> player.playingProperty().get() ? State.PLAYING
                : player.failedProperty().get() && failureShown.get() ? State.FAILED : State.IDLE,
                player.playingProperty(), player.failedProperty(), failureShown);
    }

    /** The audio path of an app text in a locale. */
    public static String pathOf(String locale, String text) {
        return AudioKey.path(locale, text);
    }

    public ObjectBinding<State> stateProperty() {
        return state;
    }

    /** Starts the files at these audio paths, or stops when something is playing (the same button does both). */
    public void toggle(List<String> audioPaths) {
        if (state.get() == State.PLAYING) {
            player.stop();
            return;
        }
        failureShown.set(true);
        player.playAll(audioPaths.stream().map(audioUri).toList());
    }

    public void stop() {
        player.stop();
    }

    /** Leaving a screen: stop, and let the next screen's button start idle. */
    public void leave() {
        player.stop();
        failureShown.set(false);
    }
}
