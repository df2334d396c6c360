package se.lyssna.accessibility.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.lyssna.accessibility.audio.AppTexts;
import se.lyssna.accessibility.audio.AudioGenerator;
import se.lyssna.accessibility.audio.SpokenText;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireCatalog;

/**
 * Generates read-aloud audio for the questionnaires of a folder and, with {@code --app-texts}, the app's own words
 * (the folder of its {@code messages*.properties}):
 * {@code GenerateAudio --questionnaires <dir> --out <dir> [--app-texts <dir>] [--locales sv,en] [--only <key>]
 * [--threads n]}.
 * Writes {@code <out>/<locale>/<hash>.mp3} and {@code <out>/manifest.json}; existing current files are kept.
 */
public final class GenerateAudio {

    private static final String USAGE = "GenerateAudio --questionnaires <dir> --out <dir> [--app-texts <dir>]"
            + " [--locales sv,en] [--only <key>] [--threads n]";

    private GenerateAudio() {
    }

    public static void main(String[] argv) {
        try {
            System.exit(run(new Args(argv, USAGE)));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    static int run(Args args) {
        Path questionnaires = args.path("questionnaires", USAGE);
        Path out = args.path("out", USAGE);
        List<String> locales = args.list("locales");
        List<Questionnaire> selected = QuestionnaireCatalog.fromDirectory(questionnaires).all().stream()
                .filter(q -> args.get("only").map(q.key()::equals).orElse(true)).toList();
        if (selected.isEmpty()) {
            System.err.println("no questionnaire matches --only " + args.get("only").orElse(""));
            return 2;
        }
        if (!AudioGenerator.toolsAvailable()) {
            System.err.println("espeak-ng and lame must be on PATH (apt-get install espeak-ng lame)");
            return 2;
        }
        int threads = args.get("threads").map(Integer::parseInt).orElse(Runtime.getRuntime().availableProcessors());
        List<SpokenText> appTexts = args.get("app-texts").map(dir -> AppTexts.of(Path.of(dir), locales))
                .orElse(List.of());
        List<AudioGenerator.Request> requests = AudioGenerator.requests(selected, locales, appTexts);
        System.out.printf(Locale.ROOT, "%d texts from %d questionnaire(s) and %d of the app into %s, %d at a time%n",
                requests.size(), selected.size(), appTexts.size(), out, threads);
        long start = System.nanoTime();
        AudioGenerator.Summary summary = new AudioGenerator(out, "espeak-ng", "lame", threads).generate(requests,
                (done, total, text, outcome) -> {
                    if (outcome != AudioGenerator.Outcome.UP_TO_DATE || done == total) {
                        System.out.printf(Locale.ROOT, "[%4d/%d] %-9s %-10s %s%n", done, total, text.locale(),
                                outcome.name().toLowerCase(Locale.ROOT), text.path());
                    }
                });
        System.out.printf(Locale.ROOT, "%d generated, %d up to date, %d failed in %.1f s%n", summary.generated(),
                summary.upToDate(), summary.failures().size(), (System.nanoTime() - start) / 1e9);
        summary.failures().forEach(f -> System.err.println("FAILED " + f));
        return summary.succeeded() ? 0 : 1;
    }
}
