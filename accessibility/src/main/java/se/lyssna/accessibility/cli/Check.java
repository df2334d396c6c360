package se.lyssna.accessibility.cli;

import java.nio.file.Path;
import java.util.List;
import se.lyssna.accessibility.AcceptedViolations;
import se.lyssna.accessibility.AccessibilityCheck;
import se.lyssna.accessibility.theme.ThemeTokens;
import se.lyssna.definitions.QuestionnaireCatalog;
import se.lyssna.definitions.Violation;

/**
 * Runs the accessibility gate from the command line and exits 1 on any violation:
 * {@code Check --questionnaires <dir> [--audio <dir>] [--accepted <file>]}.
 */
public final class Check {

    private static final String USAGE = "Check --questionnaires <dir> [--audio <dir>] [--accepted <file>]";

    private Check() {
    }

    public static void main(String[] argv) {
        try {
            Args args = new Args(argv, USAGE);
            AcceptedViolations accepted = args.get("accepted").map(Path::of).map(AcceptedViolations::read)
                    .orElse(AcceptedViolations.none());
            List<Violation> violations = accepted.filter(new AccessibilityCheck().checkAll(
                    QuestionnaireCatalog.fromDirectory(args.path("questionnaires", USAGE)), ThemeTokens.load(),
                    args.get("audio").map(Path::of)));
            violations.forEach(System.out::println);
            System.out.println(violations.isEmpty() ? "accessibility: ok" : violations.size() + " violation(s)");
            System.exit(violations.isEmpty() ? 0 : 1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
