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

    /** Whether results are broken down by it (the answering situation is a quality signal only). */
    public boolean breakdown() {
        return this != ANSWERED_ALONE;
    }

    /** The keys of the variables results are broken down by, in this order. */
    public static List<String> breakdownKeys() {
        return Arrays.stream(values()).filter(BackgroundVariable::breakdown).map(BackgroundVariable::key).toList();
    }

    /** The keys of all variables, as written in questionnaire files. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(BackgroundVariable::key).toList();
    }

    public static Optional<BackgroundVariable> byKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
