package se.lyssna.definitions.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.lyssna.definitions.Codes;
import se.lyssna.definitions.LoadResult;
import se.lyssna.definitions.PublishedLock;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireCatalog;
import se.lyssna.definitions.Violation;

/**
 * Adds a {@code published.lock} line for every newly published questionnaire version. Run it once when a version
 * is published: {@code java se.lyssna.definitions.tools.LockPublished survey-definitions/questionnaires}.
 *
 * <p>It refuses to lock while any file is invalid or a locked version has changed, because locking is the moment
 * a version becomes immutable, and it never rewrites an existing line.
 */
public final class LockPublished {
    private LockPublished() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the tool; returns the process exit code (0 locked or nothing to do, 1 invalid content, 2 usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: LockPublished <questionnairesDir>");
            return 2;
        }
        Path directory = Path.of(args[0]);
        List<LoadResult> results = QuestionnaireCatalog.loadDirectory(directory);
        Path lockFile = directory.resolve(PublishedLock.FILE_NAME);
        List<Violation> problems = new ArrayList<>(QuestionnaireCatalog.violations(results, Optional.empty()));
        List<Questionnaire> loaded = results.stream().filter(LoadResult.Loaded.class::isInstance)
                .map(r -> ((LoadResult.Loaded) r).questionnaire()).toList();
        PublishedLock.read(lockFile).check(loaded).stream()
                .filter(v -> !v.code().equals(Codes.PUBLISHED_NOT_LOCKED))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            err.println("Nothing locked; fix these first:");
            problems.forEach(v -> err.println("  " + v));
            return 1;
        }
        List<PublishedLock.Entry> added = PublishedLock.appendNewlyPublished(lockFile, loaded);
        if (added.isEmpty()) {
            out.println("Every published version is already locked in " + lockFile);
        }
        added.forEach(e -> out.println("locked " + e.key() + "@" + e.version() + " " + e.sha256()));
        return 0;
    }
}
