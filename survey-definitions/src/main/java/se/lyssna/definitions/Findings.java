package se.lyssna.definitions;

import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one file, so that rules need not repeat the file name in every call. */
final class Findings {
    private final String file;
    private final List<Violation> violations = new ArrayList<>();

    Findings(String file) {
        this.file = file;
    }

    void add(String code, String message) {
        violations.add(Violation.of(file, code, message));
    }

    void atItem(String itemId, String code, String message) {
        violations.add(Violation.atItem(file, itemId, code, message));
    }

    void atItemLocale(String itemId, String locale, String code, String message) {
        violations.add(Violation.atItemLocale(file, itemId, locale, code, message));
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }
}
