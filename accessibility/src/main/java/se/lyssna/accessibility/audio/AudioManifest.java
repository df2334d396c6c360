package se.lyssna.accessibility.audio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code manifest.json} at the audio root: for each hash, the locale, text, file, size, duration and voice it was
 * made with. The app and backend can list what exists; the build uses it to tell stale audio from current.
 */
public final class AudioManifest {

    public static final String FILE_NAME = "manifest.json";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One audio file.
     *
     * @param locale          locale tag
     * @param text            the text spoken
     * @param file            path relative to the audio root, {@code <locale>/<hash>.mp3}
     * @param bytes           size of the MP3
     * @param durationSeconds length of the speech
     * @param voice           espeak-ng voice used
     * @param rate            words per minute used
     */
    public record Entry(String locale, String text, String file, long bytes, double durationSeconds, String voice,
                        int rate) {
    }

    private final Map<String, Entry> entries;

    private AudioManifest(Map<String, Entry> entries) {
        this.entries = new TreeMap<>(entries);
    }

    public static AudioManifest empty() {
        return new AudioManifest(Map.of());
    }

    /** The manifest in {@code root}, or an empty one when there is none yet. */
    public static AudioManifest read(Path root) {
        Path file = root.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return empty();
        }
        try {
            JsonNode tree = JSON.readTree(file.toFile());
            Map<String, Entry> entries = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = tree.path("entries").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                entries.put(field.getKey(), JSON.treeToValue(field.getValue(), Entry.class));
            }
            return new AudioManifest(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static boolean exists(Path root) {
        return Files.exists(root.resolve(FILE_NAME));
    }

    /** Writes the manifest to {@code root}, replacing the old one in one step. */
    public synchronized void write(Path root) {
        try {
            Files.createDirectories(root);
            ObjectNode tree = JSON.createObjectNode();
            tree.put("format", FORMAT);
            tree.set("entries", JSON.valueToTree(entries));
            Path tmp = root.resolve(FILE_NAME + ".tmp");
            JSON.writeValue(tmp.toFile(), tree);
            Files.move(tmp, root.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized Optional<Entry> get(String hash) {
        return Optional.ofNullable(entries.get(hash));
    }

    public synchronized void put(String hash, Entry entry) {
        entries.put(hash, entry);
    }

    /** Hash to entry, sorted by hash. */
    public synchronized Map<String, Entry> entries() {
        return Collections.unmodifiableMap(new TreeMap<>(entries));
    }
}
