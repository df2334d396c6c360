package se.lyssna.app.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link AppStorage} in memory, for view-model tests and for a device without private storage. */
public class InMemoryAppStorage implements AppStorage {
    private final Map<String, String> files = new TreeMap<>();

    @Override
    public synchronized Optional<String> read(String name) {
        return Optional.ofNullable(files.get(name));
    }

    @Override
    public synchronized void write(String name, String content) {
        files.put(name, content);
    }

    @Override
    public synchronized void delete(String name) {
        files.remove(name);
    }

    @Override
    public synchronized List<String> names() {
        return List.copyOf(files.keySet());
    }
}
