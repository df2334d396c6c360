package se.lyssna.definitions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules over several files: one file per (key, version) named {@code <key>_<version>.yaml}, and between
 * consecutive versions of a key no text change under a kept ID without a declared revision.
 */
final class CatalogRule {
    private CatalogRule() {
    }

    static List<Violation> check(List<LoadResult.Loaded> loaded) {
        List<Violation> violations = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        Map<String, List<Questionnaire>> byKey = new LinkedHashMap<>();
        for (LoadResult.Loaded result : loaded) {
            Questionnaire q = result.questionnaire();
            if (HeaderRule.isBlank(q.key()) || HeaderRule.isBlank(q.version())) {
                continue; // reported by the validator; nothing to compare it with
            }
            String name = Path.of(result.file()).getFileName().toString();
            if (name.endsWith(".yaml") && !name.equals(q.fileName())) {
                violations.add(Violation.of(result.file(), Codes.FILE_NAME_MISMATCH, "a file holding " + q.id()
                        + " must be named " + q.fileName()));
            }
            String other = fileById.putIfAbsent(q.id(), result.file());
            if (other != null) {
                violations.add(Violation.of(result.file(), Codes.DUPLICATE_VERSION, q.id() + " is also defined in "
                        + other));
                continue;
            }
            byKey.computeIfAbsent(q.key(), k -> new ArrayList<>()).add(q);
        }
        byKey.values().forEach(versions -> checkVersions(versions, violations));
        return violations;
    }

    private static void checkVersions(List<Questionnaire> versions, List<Violation> violations) {
        List<Questionnaire> ordered = versions.stream()
                .sorted(Comparator.comparing(Questionnaire::version, Versions.ORDER)).toList();
        Questionnaire first = ordered.get(0);
        for (Revision revision : first.revisions()) {
            violations.add(Violation.atItem(first.fileName(), revision.item(), Codes.REVISION_WITHOUT_PREVIOUS,
                    first.id() + " is the first version of " + first.key() + "; there is no earlier text to revise"));
        }
        for (int i = 1; i < ordered.size(); i++) {
            violations.addAll(QuestionnaireDiff.compare(ordered.get(i - 1), ordered.get(i)).violations());
        }
    }
}
