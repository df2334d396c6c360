package se.lyssna.backend.results;

import java.util.List;
import se.lyssna.definitions.BackgroundVariable;

/** Names of scopes and groups as stored in the frozen tables. */
public final class Scopes {
    public static final String NATION = "nation:SE";
    public static final List<String> VARIABLES = BackgroundVariable.breakdownKeys();
    public static final String NOT_STATED = "not-stated";

    private Scopes() {
    }

    public static String unit(String code) {
        return "unit:" + code;
    }

    public static String own(String code) {
        return "own:" + code;
    }

    public static String municipality(String code) {
        return "municipality:" + code;
    }

    public static String group(String variable, String value) {
        return variable + "=" + value;
    }

    public static String kindOf(String scope) {
        return scope.substring(0, scope.indexOf(':'));
    }

    public static String codeOf(String scope) {
        return scope.substring(scope.indexOf(':') + 1);
    }
}
