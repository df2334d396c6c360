package se.lyssna.backend.results.disclosure;

/** Why a figure is not shown. The API writes the key, never a 0 or a missing figure. */
public enum Reason {
    /** The figure is about fewer respondents (or answers) than the round's threshold. */
    TOO_FEW_ANSWERS("too-few-answers"),
    /** Hidden only so that another hidden figure cannot be worked out by subtraction. */
    PROTECTS_ANOTHER_FIGURE("protects-another-figure"),
    /** Showing it would tell what (nearly) every child of the group answered. */
    ALL_ANSWERED_ALIKE("all-answered-alike");

    private final String key;

    Reason(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Reason byKey(String key) {
        for (Reason reason : values()) {
            if (reason.key.equals(key)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown reason " + key);
    }
}
