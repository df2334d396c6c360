package se.lyssna.app.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import se.lyssna.app.audio.AudioPlayer;

/** Records what would have been played. */
public class SilentAudioPlayer implements AudioPlayer {
    private final List<URI> played = new ArrayList<>();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();

    public List<URI> played() {
        return played;
    }

    private boolean offline;

    /** Offline: every play fails, as the media player's does without a network. */
    public void setOffline(boolean offline) {
        this.offline = offline;
    }

    @Override
    public void playAll(List<URI> uris) {
        played.addAll(uris);
        failed.set(offline);
        playing.set(!offline);
    }

    @Override
    public void stop() {
        playing.set(false);
    }

    @Override
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
