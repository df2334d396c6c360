package se.lyssna.backend.results.disclosure;

/** Why a figure is not shown. The API writes the key, never a 0 or a missing figure. */
public enum Reason {
    /** The figure is about fewer respondents (or answers) than the round's threshold. */
    TOO_FEW_ANSWERS("too-few-answers", "för få svar", "Här svarade för få för att vi ska kunna visa en siffra."),
    /** Hidden only so that another hidden figure cannot be worked out by subtraction. */
    PROTECTS_ANOTHER_FIGURE("protects-another-figure", "skyddar en annan uppgift",
            "Siffran visas inte, så att ingen kan räkna ut en annan dold siffra."),
    /** Showing it would tell what (nearly) every child of the group answered. */
    ALL_ANSWERED_ALIKE("all-answered-alike", "nästan alla svarade lika",
            "Nästan alla svarade likadant. Då visar vi ingen siffra, för då kunde"
                    + " man räkna ut vad var och en svarade.");

    private final String key;
    private final String label;
    private final String inSwedish;

    Reason(String key, String label, String inSwedish) {
        this.key = key;
        this.label = label;
        this.inSwedish = inSwedish;
    }

    /** A short Swedish label for tables and reports, e.g. "för få svar". */
    public String label() {
        return label;
    }

    public String key() {
        return key;
    }

    /** The reason as a child or a council member reads it, in Swedish. */
    public String inSwedish() {
        return inSwedish;
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
