package se.lyssna.backend.rounds;

import java.time.LocalDate;

/** Where a round is in its life on a given (Swedish) day; worked out only here. */
public enum RoundState {
    /** Before its first day: codes can be issued, answers not yet sent. */
    SCHEDULED("scheduled"),
    /** From its first to its last day, inclusive: children can answer. */
    OPEN("open"),
    /** Closed by the survey body, or past its last day: no more codes or answers. */
    CLOSED("closed");

    private final String key;

    RoundState(String key) {
        this.key = key;
    }

    /** The state's name in the API. */
    public String key() {
        return key;
    }

    static RoundState of(boolean closedBySurveyBody, LocalDate opensOn, LocalDate closesOn, LocalDate today) {
        if (closedBySurveyBody || today.isAfter(closesOn)) {
            return CLOSED;
        }
        return today.isBefore(opensOn) ? SCHEDULED : OPEN;
    }
}
