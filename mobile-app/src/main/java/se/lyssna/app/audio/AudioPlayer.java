package se.lyssna.app.audio;

import java.net.URI;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;

/** Plays an item's read-aloud file. An interface so that view models are tested without sound. */
public interface AudioPlayer {

    /** Plays one file. */
    default void play(URI uri) {
        playAll(List.of(uri));
    }

    /** Plays the files one after another (a question, then each of its answers); stops what was playing. */
    void playAll(List<URI> uris);

    void stop();

    ReadOnlyBooleanProperty playingProperty();

    /** Whether the last play failed (no network, unknown file, no media support). */
    ReadOnlyBooleanProperty failedProperty();
}
