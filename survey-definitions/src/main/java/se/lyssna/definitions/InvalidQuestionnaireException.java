package se.lyssna.definitions;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when questionnaires that must be valid (e.g. at start-up) are not; lists every violation. */
public final class InvalidQuestionnaireException extends RuntimeException {
    private final transient List<Violation> violations;

    public InvalidQuestionnaireException(List<Violation> violations) {
        super(violations.size() + " questionnaire violation(s):\n" + violations.stream().map(Violation::toString)
                .collect(Collectors.joining("\n")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
