package se.lyssna.app.audio;

import java.net.URI;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;

/** {@link AudioPlayer} with javafx.scene.media streaming the MP3 from the backend. */
public class MediaAudioPlayer implements AudioPlayer {
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private MediaPlayer player;

    @Override
    public void play(URI uri) {
        stop();
        failed.set(false);
        try {
            player = new MediaPlayer(new Media(uri.toString()));
            player.setOnPlaying(() -> playing.set(true));
            player.setOnEndOfMedia(this::stop);
            player.setOnError(() -> {
                failed.set(true);
                stop();
            });
            player.play();
        } catch (MediaException | UnsupportedOperationException | IllegalArgumentException e) {
            failed.set(true);
            playing.set(false);
        }
    }

    @Override
    public void stop() {
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
