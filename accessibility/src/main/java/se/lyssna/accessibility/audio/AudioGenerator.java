package se.lyssna.accessibility.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import se.lyssna.definitions.Questionnaire;

/**
 * Makes read-aloud MP3s with Debian's {@code espeak-ng} (text → WAV) and {@code lame} (WAV → small mono MP3), one file
 * per (locale, text) under {@code <root>/<locale>/<hash>.mp3}, and keeps {@code manifest.json} up to date. Files
 * whose manifest entry matches the text and voice are skipped, so re-runs only do new work. Processes run in
 * parallel, at most one per core.
 */
public final class AudioGenerator {

    /** Mono MP3 at 32 kbps: espeak-ng speaks at 22 kHz, so this keeps speech clear at ~4 kB a second. */
    public static final int MP3_KBPS = 32;
    private static final long PROCESS_TIMEOUT_SECONDS = 120;

    /** Told after each text, generated or skipped. */
    public interface Progress {
        void done(int completed, int total, SpokenText text, Outcome outcome);
    }

    /** What happened to one text. */
    public enum Outcome { GENERATED, UP_TO_DATE, FAILED }

    /**
     * What a run did.
     *
     * @param generated files made
     * @param upToDate  files skipped because they were current
     * @param failures  one line per text that could not be made
     */
    public record Summary(int generated, int upToDate, List<String> failures) {
        public boolean succeeded() {
            return failures.isEmpty();
        }
    }

    /** A text to speak with its voice. */
    public record Request(SpokenText text, Voice voice) {
    }

    private final Path root;
    private final String espeak;
    private final String lame;
    private final int threads;

    /** A generator writing under {@code root} with the binaries on PATH and one process per core. */
    public AudioGenerator(Path root) {
        this(root, "espeak-ng", "lame", Runtime.getRuntime().availableProcessors());
    }

    public AudioGenerator(Path root, String espeak, String lame, int threads) {
        this.root = root;
        this.espeak = espeak;
        this.lame = lame;
        this.threads = Math.max(1, threads);
    }

    /** Whether {@code espeak-ng} and {@code lame} can be run. */
    public static boolean toolsAvailable() {
        return runs("espeak-ng", "--version") && runs("lame", "--version");
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The requests for the given questionnaires and locales (all locales when empty). A text shared by
     * questionnaires of different age bands is spoken with the slower voice.
     */
    public static List<Request> requests(Collection<Questionnaire> questionnaires, List<String> locales) {
        return requests(questionnaires, locales, List.of());
    }

    /**
     * The requests for the questionnaires and the app's own words ({@link AppTexts}). The app's words are heard by
     * children of every age, so they get the voice of the youngest band, which is the slowest.
     */
    public static List<Request> requests(Collection<Questionnaire> questionnaires, List<String> locales,
                                         List<SpokenText> appTexts) {
        Map<String, Request> requests = new LinkedHashMap<>();
        for (Questionnaire q : questionnaires) {
            for (SpokenText text : SpokenText.of(q, locales)) {
                merge(requests, new Request(text, Voice.forText(text.locale(), q.ageBand())));
            }
        }
        for (SpokenText text : appTexts) {
            merge(requests, new Request(text, Voice.forText(text.locale(), AppTexts.HEARD_BY)));
        }
        return List.copyOf(requests.values());
    }

    private static void merge(Map<String, Request> requests, Request request) {
        requests.merge(request.text().hash(), request,
                (old, next) -> new Request(old.text(), old.voice().slower(next.voice())));
    }

    /** Makes every missing or stale file of {@code requests} and writes the manifest. */
    public Summary generate(List<Request> requests, Progress progress) {
        AudioManifest manifest = AudioManifest.read(root);
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger generated = new AtomicInteger();
        AtomicInteger upToDate = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Request request : requests) {
                futures.add(pool.submit(() -> {
                    Outcome outcome;
                    try {
                        outcome = make(request, manifest);
                    } catch (IOException | RuntimeException e) {
                        failures.add(request.text().path() + " (" + request.text().source() + "): " + e.getMessage());
                        outcome = Outcome.FAILED;
                    }
                    if (outcome == Outcome.GENERATED) {
                        generated.incrementAndGet();
                    } else if (outcome == Outcome.UP_TO_DATE) {
                        upToDate.incrementAndGet();
                    }
                    progress.done(completed.incrementAndGet(), requests.size(), request.text(), outcome);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add("interrupted");
        } catch (ExecutionException e) {
            failures.add(String.valueOf(e.getCause()));
        } finally {
            pool.shutdownNow();
            // Saved even after a failure, so finished files are not made again next time.
            manifest.write(root);
        }
        return new Summary(generated.get(), upToDate.get(), List.copyOf(failures));
    }

    /** Whether the file of {@code request} exists and its manifest entry says it was made from this text and voice. */
    public static boolean isUpToDate(Path root, AudioManifest manifest, Request request) {
        SpokenText text = request.text();
        Path file = root.resolve(text.path());
        return manifest.get(text.hash())
                .filter(e -> e.text().equals(text.text()) && e.locale().equals(text.locale()))
                .filter(e -> e.voice().equals(request.voice().espeakVoice())
                        && e.rate() == request.voice().wordsPerMinute())
                .filter(e -> sizeOf(file) == e.bytes())
                .isPresent();
    }

    private Outcome make(Request request, AudioManifest manifest) throws IOException {
        if (isUpToDate(root, manifest, request)) {
            return Outcome.UP_TO_DATE;
        }
        SpokenText text = request.text();
        Path target = root.resolve(text.path());
        Files.createDirectories(target.getParent());
        Path work = Files.createTempDirectory("lyssna-audio-");
        try {
            Path input = work.resolve("text.txt");
            Path wav = work.resolve("speech.wav");
            Path mp3 = work.resolve("speech.mp3");
            Files.writeString(input, text.text(), StandardCharsets.UTF_8);
            Voice voice = request.voice();
            run(List.of(espeak, "-v", voice.espeakVoice(), "-s", Integer.toString(voice.wordsPerMinute()),
                    "-g", Integer.toString(voice.wordGap()), "-w", wav.toString(), "-f", input.toString()));
            double seconds = Wav.durationSeconds(wav);
            run(List.of(lame, "--quiet", "-m", "m", "-b", Integer.toString(MP3_KBPS), wav.toString(),
                    mp3.toString()));
            Files.move(mp3, target, StandardCopyOption.REPLACE_EXISTING);
            manifest.put(text.hash(), new AudioManifest.Entry(text.locale(), text.text(), text.path(),
                    Files.size(target), Math.round(seconds * 100) / 100.0, voice.espeakVoice(),
                    voice.wordsPerMinute()));
            return Outcome.GENERATED;
        } finally {
            deleteQuietly(work);
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " timed out");
            }
            if (process.exitValue() != 0) {
                throw new IOException(command.get(0) + " exited with " + process.exitValue() + ": " + output.strip());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
