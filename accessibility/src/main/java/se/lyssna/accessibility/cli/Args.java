package se.lyssna.accessibility.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code --name value} command-line options. */
final class Args {

    private final Map<String, String> values = new HashMap<>();

    Args(String[] args, String usage) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: " + usage);
            }
            values.put(args[i].substring(2), args[++i]);
        }
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    Path path(String name, String usage) {
        return Path.of(get(name).orElseThrow(() -> new IllegalArgumentException("missing --" + name
                + "; usage: " + usage)));
    }

    List<String> list(String name) {
        return get(name).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }
}
