package se.lyssna.app.storage;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Small named text files in the app's private storage. Writes are atomic: a reader sees the old or the new file. */
public interface AppStorage {

    Optional<String> read(String name) throws IOException;

    void write(String name, String content) throws IOException;

    void delete(String name) throws IOException;

    /** Every file name currently stored (used to prove that nothing is left). */
    List<String> names() throws IOException;
}
