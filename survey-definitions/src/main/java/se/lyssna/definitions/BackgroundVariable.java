package se.lyssna.definitions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The background variables results can be broken down by. Answers are stored only in the coarse bands that
 * results are reported in, never finer.
 */
public enum BackgroundVariable {
    AGE_BAND("age-band"),
    GENDER("gender"),
    PLACEMENT_FORM("placement-form"),
    PLACEMENT_TIME("placement-time"),
    BORN_IN_SWEDEN("born-in-sweden"),
    /** The answering situation ("were you alone when you answered?"); a quality signal, not a breakdown. */
    ANSWERED_ALONE("answered-alone");

    private final String key;

    BackgroundVariable(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The keys of all variables, as written in questionnaire files. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(BackgroundVariable::key).toList();
    }

    public static Optional<BackgroundVariable> byKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
