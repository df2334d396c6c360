package se.lyssna.accessibility.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.Violation;

/** Checks that every spoken text of a questionnaire has current audio under an audio root. */
public final class AudioCoverage {

    public static final String MISSING = "audio-missing";
    public static final String STALE = "audio-stale";

    /**
     * The audio state of one locale.
     *
     * @param locale   locale tag
     * @param expected texts that need audio
     * @param current  texts whose audio exists and matches the manifest
     * @param missing  texts without a file
     * @param stale    texts whose file does not match the manifest
     * @param bytes    total size of the current files
     * @param seconds  total length of the current files
     */
    public record LocaleCoverage(String locale, int expected, int current, int missing, int stale, long bytes,
                                 double seconds) {
    }

    private final Path root;
    private final AudioManifest manifest;

    public AudioCoverage(Path root) {
        this.root = root;
        this.manifest = AudioManifest.read(root);
    }

    /** Every missing or stale audio file of the questionnaire read from {@code file}. */
    public List<Violation> violations(String file, Questionnaire q) {
        List<Violation> violations = new ArrayList<>();
        for (SpokenText text : SpokenText.of(q, List.of())) {
            problem(text).ifPresent(problem -> violations.add(Violation.atItemLocale(file, text.source(),
                    text.locale(), problem.equals(MISSING) ? MISSING : STALE, message(problem, text))));
        }
        return violations;
    }

    /** Per locale of the questionnaire, how much of its audio is there. */
    public List<LocaleCoverage> coverage(Questionnaire q) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        q.locales().forEach(l -> {
            counts.put(l, new long[4]);
            seconds.put(l, 0.0);
        });
        for (SpokenText text : SpokenText.of(q, List.of())) {
            long[] c = counts.get(text.locale());
            c[0]++;
            Optional<String> problem = problem(text);
            if (problem.isEmpty()) {
                c[1]++;
                AudioManifest.Entry entry = manifest.get(text.hash()).orElseThrow();
                c[3] += entry.bytes();
                seconds.merge(text.locale(), entry.durationSeconds(), Double::sum);
            } else if (problem.get().equals(MISSING)) {
                c[2]++;
            }
        }
        List<LocaleCoverage> result = new ArrayList<>();
        counts.forEach((locale, c) -> result.add(new LocaleCoverage(locale, (int) c[0], (int) c[1], (int) c[2],
                (int) (c[0] - c[1] - c[2]), c[3], seconds.get(locale))));
        return result;
    }

    private Optional<String> problem(SpokenText text) {
        Path file = root.resolve(text.path());
        if (!Files.exists(file)) {
            return Optional.of(MISSING);
        }
        Optional<AudioManifest.Entry> entry = manifest.get(text.hash());
        if (entry.isEmpty()) {
            return Optional.of("not-in-manifest");
        }
        if (!entry.get().text().equals(text.text()) || !entry.get().locale().equals(text.locale())) {
            return Optional.of("other-text");
        }
        if (size(file) != entry.get().bytes()) {
            return Optional.of("size-differs");
        }
        return Optional.empty();
    }

    private String message(String problem, SpokenText text) {
        String quoted = "\"" + text.text() + "\"";
        switch (problem) {
            case MISSING:
                return "no read-aloud audio for " + quoted + " (expected " + text.path() + " under " + root
                        + "); run GenerateAudio";
            case "not-in-manifest":
                return "audio " + text.path() + " for " + quoted + " is not in " + AudioManifest.FILE_NAME
                        + "; run GenerateAudio";
            case "other-text":
                return "audio " + text.path() + " was made from another text than " + quoted + "; run GenerateAudio";
            default:
                return "audio " + text.path() + " for " + quoted + " does not match its manifest entry (size "
                        + size(root.resolve(text.path())) + " bytes); run GenerateAudio";
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
