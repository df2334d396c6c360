package se.lyssna.definitions;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a loaded questionnaire against the rules every Lyssna questionnaire must keep. Returns every violation
 * found, not just the first, so an author can fix a file in one pass.
 */
public final class QuestionnaireValidator {

    /** All violations of {@code questionnaire}, read from {@code file}; empty when it is valid. */
    public List<Violation> validate(String file, Questionnaire questionnaire) {
        // TODO(helper): implement the rules; see survey-definitions/FORMAT.md
        return new ArrayList<>();
    }
}
