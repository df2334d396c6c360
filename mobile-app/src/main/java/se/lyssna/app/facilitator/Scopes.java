package se.lyssna.app.facilitator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The municipality a care unit belongs to, read from its code ("0180-hvb-solrosen" is in 0180, Stockholm). */
public final class Scopes {
    private static final Pattern MUNICIPALITY_PREFIX = Pattern.compile("^(\\d{4})-.+");

    private Scopes() {
    }

    /** The results API names no municipality for a unit; unit codes start with the municipality's code. */
    public static Optional<String> municipalityOf(String unitCode) {
        Matcher m = MUNICIPALITY_PREFIX.matcher(unitCode == null ? "" : unitCode);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
