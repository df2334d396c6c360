package se.lyssna.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract, run against the file implementation and the in-memory fake. */
abstract class AppStorageContractTest {

    abstract AppStorage storage();

    @Test
    void write_thenRead_returnsContent() throws IOException {
        AppStorage s = storage();
        s.write("a.json", "{\"x\":1}");
        s.write("a.json", "{\"x\":2}");
        assertThat(s.read("a.json")).contains("{\"x\":2}");
        assertThat(s.names()).containsExactly("a.json");
    }

    @Test
    void delete_whenWritten_leavesNothing() throws IOException {
        AppStorage s = storage();
        s.write("a.json", "1");
        s.delete("a.json");
        s.delete("never-written.json");
        assertThat(s.read("a.json")).isEmpty();
        assertThat(s.names()).isEmpty();
    }
}

class InMemoryAppStorageTest extends AppStorageContractTest {
    @Override
    AppStorage storage() {
        return new InMemoryAppStorage();
    }
}

class FileAppStorageTest extends AppStorageContractTest {
    @TempDir
    Path dir;

    @Override
    AppStorage storage() {
        return new FileAppStorage(dir.resolve("lyssna"));
    }

    @Test
    void write_leavesNoTempFileBehind() throws IOException {
        FileAppStorage s = new FileAppStorage(dir);
        s.write("progress.json", "x".repeat(10_000));
        assertThat(s.names()).containsExactly("progress.json");
    }
}
