package se.lyssna.definitions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The content hashes of published questionnaire versions, kept in {@code questionnaires/published.lock} as lines
 * {@code key version sha256} ({@code #} starts a comment). A published version is immutable because children's
 * answers and years of trends refer to it; the lock turns an accidental edit into a failing build.
 *
 * <p>Entries are only ever added (by {@code se.lyssna.definitions.tools.LockPublished}), never rewritten.
 */
public final class PublishedLock {

    /** The lock's file name beside the questionnaires. */
    public static final String FILE_NAME = "published.lock";

    private final List<Entry> entries;
    private final List<Violation> problems;

    private PublishedLock(List<Entry> entries, List<Violation> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    /**
     * One locked version.
     *
     * @param key     questionnaire key
     * @param version questionnaire version
     * @param sha256  its {@link ContentHash} when it was published
     */
    public record Entry(String key, String version, String sha256) {
        public String line() {
            return key + " " + version + " " + sha256;
        }
    }

    public static PublishedLock empty() {
        return new PublishedLock(List.of(), List.of());
    }

    /** Parses lock text; malformed lines are kept as {@link Codes#MALFORMED_LOCK} violations for {@link #check}. */
    public static PublishedLock parse(String text) {
        List<Entry> entries = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 3 || !parts[2].matches("[0-9a-f]{64}")) {
                problems.add(Violation.of(FILE_NAME, Codes.MALFORMED_LOCK, "line " + (i + 1)
                        + " must be 'key version sha256' (64 lower-case hex digits): " + line));
            } else if (!seen.add(parts[0] + "@" + parts[1])) {
                problems.add(Violation.of(FILE_NAME, Codes.MALFORMED_LOCK, "line " + (i + 1) + " locks "
                        + parts[0] + "@" + parts[1] + " a second time"));
            } else {
                entries.add(new Entry(parts[0], parts[1], parts[2]));
            }
        }
        return new PublishedLock(entries, problems);
    }

    /** Reads a lock file; a missing file is an empty lock. */
    public static PublishedLock read(Path file) {
        if (!Files.exists(file)) {
            return empty();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<String> hashOf(String key, String version) {
        return entries.stream().filter(e -> e.key().equals(key) && e.version().equals(version))
                .map(Entry::sha256).findFirst();
    }

    /**
     * Violations of the lock by the loaded questionnaires: a locked version whose content changed
     * ({@link Codes#PUBLISHED_CHANGED}), a published version not yet locked ({@link Codes#PUBLISHED_NOT_LOCKED}), a
     * locked version that is gone ({@link Codes#LOCKED_VERSION_MISSING}) and malformed lock lines.
     */
    public List<Violation> check(List<Questionnaire> loaded) {
        List<Violation> violations = new ArrayList<>(problems);
        for (Questionnaire q : loaded) {
            Optional<String> locked = hashOf(q.key(), q.version());
            if (locked.isPresent()) {
                String now = ContentHash.of(q);
                if (!locked.get().equals(now)) {
                    violations.add(Violation.of(q.fileName(), Codes.PUBLISHED_CHANGED, "published version "
                            + q.version() + " of " + q.key() + " is immutable; make a new version (locked hash "
                            + abbreviate(locked.get()) + ", now " + abbreviate(now) + ")"));
                }
            } else if (q.isPublished()) {
                violations.add(Violation.of(q.fileName(), Codes.PUBLISHED_NOT_LOCKED, q.id() + " is published but not"
                        + " in " + FILE_NAME + "; run se.lyssna.definitions.tools.LockPublished"));
            }
        }
        for (Entry entry : entries) {
            boolean present = loaded.stream()
                    .anyMatch(q -> q.key().equals(entry.key()) && q.version().equals(entry.version()));
            if (!present) {
                violations.add(Violation.of(FILE_NAME, Codes.LOCKED_VERSION_MISSING, "locked version "
                        + entry.key() + "@" + entry.version() + " no longer exists; published versions are never"
                        + " deleted"));
            }
        }
        return violations;
    }

    /** Entries for every published questionnaire that this lock does not have yet. */
    public List<Entry> newEntriesFor(List<Questionnaire> loaded) {
        List<Entry> added = new ArrayList<>();
        for (Questionnaire q : loaded) {
            if (q.isPublished() && hashOf(q.key(), q.version()).isEmpty()) {
                added.add(new Entry(q.key(), q.version(), ContentHash.of(q)));
            }
        }
        return added;
    }

    /**
     * Locks every published questionnaire not yet in {@code lockFile} by appending its line. Existing lines and
     * comments stay byte for byte: a lock is only ever added to, never rewritten.
     *
     * @return the entries added, empty when there was nothing new
     */
    public static List<Entry> appendNewlyPublished(Path lockFile, List<Questionnaire> loaded) {
        List<Entry> added = read(lockFile).newEntriesFor(loaded);
        if (added.isEmpty()) {
            return added;
        }
        try {
            StringBuilder text = new StringBuilder();
            if (!Files.exists(lockFile)) {
                text.append("# Published questionnaire versions: key version sha256 (ContentHash).\n")
                        .append("# Never edit a line; publish a new version instead. LockPublished adds lines.\n");
            } else {
                String existing = Files.readString(lockFile, StandardCharsets.UTF_8);
                if (!existing.isEmpty() && !existing.endsWith("\n")) {
                    text.append('\n');
                }
            }
            added.forEach(e -> text.append(e.line()).append('\n'));
            Files.writeString(lockFile, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }
}
