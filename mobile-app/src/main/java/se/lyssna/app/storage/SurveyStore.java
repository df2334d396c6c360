package se.lyssna.app.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import se.lyssna.app.api.Json;

/** Where the answers in progress and the send queue live on the device, and how they are wiped. */
public class SurveyStore {
    static final String PROGRESS = "progress.json";
    static final String OUTBOX = "outbox.json";

    private final AppStorage storage;
    private final ObjectMapper json = Json.mapper();

    public SurveyStore(AppStorage storage) {
        this.storage = storage;
    }

    public void saveProgress(SavedProgress progress) {
        write(PROGRESS, progress);
    }

    public Optional<SavedProgress> loadProgress() {
        return read(PROGRESS, SavedProgress.class);
    }

    /** Puts finished answers in the queue first, then removes the progress file: a crash between loses nothing. */
    public void queue(QueuedSubmission submission) {
        write(OUTBOX, submission);
        deleteQuietly(PROGRESS);
    }

    public void updateQueued(QueuedSubmission submission) {
        write(OUTBOX, submission);
    }

    public Optional<QueuedSubmission> loadQueued() {
        return read(OUTBOX, QueuedSubmission.class);
    }

    /** Quick exit: the answers in progress are gone. A queued, finished submission stays to be sent. */
    public void wipeProgress() {
        deleteQuietly(PROGRESS);
        deleteTemps(PROGRESS);
    }

    /** After the backend confirmed: nothing of the answers, the code or the token stays on the device. */
    public void wipeAll() {
        deleteQuietly(PROGRESS);
        deleteQuietly(OUTBOX);
        deleteTemps(PROGRESS);
        deleteTemps(OUTBOX);
    }

    /** Temp files of one file's interrupted writes (a crash between write and move leaves one). */
    private void deleteTemps(String of) {
        try {
            for (String name : storage.names()) {
                if (name.startsWith(of) && name.endsWith(".tmp")) {
                    storage.delete(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String name, Object value) {
        try {
            storage.write(name, json.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> Optional<T> read(String name, Class<T> type) {
        try {
            Optional<String> text = storage.read(name);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(json.readValue(text.get(), type));
        } catch (IOException e) {
            // A file we cannot read is useless and may hold answers: remove it rather than crash on every start.
            deleteQuietly(name);
            return Optional.empty();
        }
    }

    private void deleteQuietly(String name) {
        try {
            storage.delete(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
