package se.lyssna.backend.results;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The background variables results are broken down by: the API's {@code groupBy} key and the response column it is
 * stored in. The one list of them; the values come from the questionnaire ({@link Aggregation#categoriesOf}).
 */
public enum BackgroundVariable {
    AGE_BAND("age-band", "age_band"),
    GENDER("gender", "gender"),
    PLACEMENT_FORM("placement-form", "placement_form"),
    PLACEMENT_TIME("placement-time", "placement_time"),
    BORN_IN_SWEDEN("born-in-sweden", "born_in_sweden");

    /** The keys, in order, as the API and the frozen tables name them. */
    public static final List<String> KEYS = Stream.of(values()).map(BackgroundVariable::key).toList();

    private final String key;
    private final String column;

    BackgroundVariable(String key, String column) {
        this.key = key;
        this.column = column;
    }

    public String key() {
        return key;
    }

    /** The column of table {@code response} holding the child's coarse answer. */
    public String column() {
        return column;
    }

    public static Optional<BackgroundVariable> byKey(String key) {
        return Stream.of(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
