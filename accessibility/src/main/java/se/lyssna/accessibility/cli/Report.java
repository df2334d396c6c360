package se.lyssna.accessibility.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.lyssna.accessibility.report.MarkdownReport;
import se.lyssna.accessibility.theme.ThemeTokens;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireCatalog;

/**
 * Writes one Markdown accessibility report per questionnaire key (its newest version) as {@code <out>/<key>.md}:
 * {@code Report --questionnaires <dir> [--audio <dir>] --out <dir> [--only <key>]}.
 */
public final class Report {

    private static final String USAGE = "Report --questionnaires <dir> [--audio <dir>] --out <dir> [--only <key>]";

    private Report() {
    }

    public static void main(String[] argv) {
        try {
            Args args = new Args(argv, USAGE);
            Path out = args.path("out", USAGE);
            Optional<Path> audio = args.get("audio").map(Path::of);
            MarkdownReport report = new MarkdownReport(ThemeTokens.load(), audio);
            Map<String, Questionnaire> newest = new LinkedHashMap<>();
            // The catalog is sorted by key then version, so the last one of a key is its newest.
            QuestionnaireCatalog.fromDirectory(args.path("questionnaires", USAGE)).all().stream()
                    .filter(q -> args.get("only").map(q.key()::equals).orElse(true))
                    .forEach(q -> newest.put(q.key(), q));
            Files.createDirectories(out);
            for (Questionnaire q : newest.values()) {
                Path file = out.resolve(q.key() + ".md");
                Files.writeString(file, report.render(q), StandardCharsets.UTF_8);
                System.out.println("wrote " + file);
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
