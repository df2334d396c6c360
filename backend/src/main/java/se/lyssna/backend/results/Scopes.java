package se.lyssna.backend.results;

import java.util.List;
import se.lyssna.definitions.BackgroundVariable;

/** Names of the groups results are broken down into, as stored in the frozen tables (scopes: {@code Scope}). */
public final class Scopes {
    public static final List<String> VARIABLES = BackgroundVariable.breakdownKeys();
    public static final String NOT_STATED = "not-stated";

    private Scopes() {
    }

    public static String group(String variable, String value) {
        return variable + "=" + value;
    }
}
