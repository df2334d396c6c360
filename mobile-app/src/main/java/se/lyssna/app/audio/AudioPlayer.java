package se.lyssna.app.audio;

import java.net.URI;
import javafx.beans.property.ReadOnlyBooleanProperty;

/** Plays an item's read-aloud file. An interface so that view models are tested without sound. */
public interface AudioPlayer {

    void play(URI uri);

    void stop();

    ReadOnlyBooleanProperty playingProperty();

    /** Whether the last play failed (no network, unknown file, no media support). */
    ReadOnlyBooleanProperty failedProperty();
}
