package se.lyssna.definitions.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.lyssna.definitions.Comparability;
import se.lyssna.definitions.DiffResult;
import se.lyssna.definitions.ItemComparison;
import se.lyssna.definitions.LoadResult;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireCatalog;
import se.lyssna.definitions.QuestionnaireDiff;

/**
 * Prints which items of a questionnaire can be trended between two versions:
 * {@code DiffQuestionnaires <dir> <key> <fromVersion> <toVersion>}. Files are read as they are, not validated, so
 * an author can diff a draft that is still being written.
 */
public final class DiffQuestionnaires {
    private DiffQuestionnaires() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the tool; returns 0 when the diff is clean, 1 when it found violations or failed, 2 on usage errors. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 4) {
            err.println("usage: DiffQuestionnaires <questionnairesDir> <key> <fromVersion> <toVersion>");
            return 2;
        }
        String key = args[1];
        List<Questionnaire> versions = QuestionnaireCatalog.loadDirectory(Path.of(args[0])).stream()
                .filter(LoadResult.Loaded.class::isInstance)
                .map(r -> ((LoadResult.Loaded) r).questionnaire())
                .filter(q -> key.equals(q.key()))
                .toList();
        try {
            DiffResult diff = QuestionnaireDiff.across(versions, args[2], args[3]);
            print(diff, out);
            return diff.violations().isEmpty() ? 0 : 1;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    static void print(DiffResult diff, PrintStream out) {
        out.println(diff.key() + ": " + diff.fromVersion() + " → " + diff.toVersion());
        int width = Math.max(7, diff.items().stream().mapToInt(c -> c.itemId().length()).max().orElse(0));
        String row = "%-" + width + "s  %-10s  %s%n";
        out.printf(row, "ITEM ID", "STATUS", "WHY");
        for (ItemComparison item : diff.items()) {
            out.printf(row, item.itemId(), item.comparability(), item.reason());
        }
        StringBuilder summary = new StringBuilder();
        for (Comparability c : Comparability.values()) {
            summary.append(summary.length() == 0 ? "" : ", ").append(diff.withComparability(c).size()).append(' ')
                    .append(c.name().toLowerCase(Locale.ROOT));
        }
        out.println(summary);
        if (!diff.violations().isEmpty()) {
            out.println("Violations:");
            diff.violations().forEach(v -> out.println("  " + v));
        }
    }
}
