package se.lyssna.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.lyssna.definitions.Violation;

/**
 * Violations accepted with a reason, for published questionnaire versions whose text can no longer change (the next
 * version must fix them). One a line: {@code file | item or - | locale or - | code | reason}. An accepted entry that
 * no longer occurs is itself reported, so the list only ever shrinks.
 */
public final class AcceptedViolations {

    /** Code of an accepted entry that matches no violation any more. */
    public static final String STALE = "accepted-violation-gone";

    private record Key(String file, String item, String locale, String code) {
        static Key of(Violation v) {
            return new Key(v.file(), v.itemId().orElse("-"), v.locale().orElse("-"), v.code());
        }
    }

    private final String source;
    private final Set<Key> accepted;

    private AcceptedViolations(String source, Set<Key> accepted) {
        this.source = source;
        this.accepted = accepted;
    }

    public static AcceptedViolations none() {
        return new AcceptedViolations("none", Set.of());
    }

    /** Reads the list from {@code file}; a missing file accepts nothing. */
    public static AcceptedViolations read(Path file) {
        if (!Files.exists(file)) {
            return none();
        }
        try {
            Set<Key> keys = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s*\\|\\s*", 5);
                if (parts.length < 5 || parts[4].isBlank()) {
                    throw new IllegalArgumentException(file + ": '" + l + "' needs file | item | locale | code |"
                            + " reason");
                }
                keys.add(new Key(parts[0], parts[1], parts[2], parts[3]));
            }
            return new AcceptedViolations(file.getFileName().toString(), keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations not accepted, plus one for every accepted entry that no longer occurs. */
    public List<Violation> filter(List<Violation> violations) {
        List<Violation> remaining = new ArrayList<>();
        Set<Key> seen = new LinkedHashSet<>();
        for (Violation v : violations) {
            Key key = Key.of(v);
            if (accepted.contains(key)) {
                seen.add(key);
            } else {
                remaining.add(v);
            }
        }
        for (Key key : accepted) {
            if (!seen.contains(key)) {
                remaining.add(Violation.of(source, STALE, "accepted violation " + key.file() + " | " + key.item()
                        + " | " + key.locale() + " | " + key.code() + " no longer occurs; remove it"));
            }
        }
        return remaining;
    }
}
