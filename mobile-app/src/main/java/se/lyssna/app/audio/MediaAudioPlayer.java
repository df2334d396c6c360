package se.lyssna.app.audio;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;

/** {@link AudioPlayer} with javafx.scene.media streaming the MP3 from the backend. */
public class MediaAudioPlayer implements AudioPlayer {
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final Deque<URI> queue = new ArrayDeque<>();
    private MediaPlayer player;

    @Override
    public void playAll(List<URI> uris) {
        stop();
        failed.set(false);
        queue.addAll(uris);
        playNext();
    }

    private void playNext() {
        if (player != null) {
            player.dispose();
            player = null;
        }
        URI next = queue.poll();
        if (next == null) {
            playing.set(false);
            return;
        }
        try {
            player = new MediaPlayer(new Media(next.toString()));
            player.setOnPlaying(() -> playing.set(true));
            player.setOnEndOfMedia(this::playNext);
            player.setOnError(() -> {
                failed.set(true);
                stop();
            });
            playing.set(true);
            player.play();
        } catch (MediaException | UnsupportedOperationException | IllegalArgumentException e) {
            failed.set(true);
            stop();
        }
    }

    @Override
    public void stop() {
        queue.clear();
        if (player != null) {
            player.stop();
            player.dispose();
            player = null;
        }
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
