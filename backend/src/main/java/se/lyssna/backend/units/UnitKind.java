package se.lyssna.backend.units;

import java.util.Arrays;

/** Kinds of unit. Care forms match the placement forms children report. */
public enum UnitKind {
    MUNICIPALITY("municipality"), FAMILJEHEM("familjehem"), HVB("hvb"), STODBOENDE("stodboende"), SIS("sis"),
    PROVIDER("provider");

    private final String key;

    UnitKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static UnitKind byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown unit kind " + key));
    }
}
