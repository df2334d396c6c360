package se.lyssna.app.screens;

/** Why a code did not work, each with its own kind message in the bundle ({@code code.error.<key>}). */
public enum CodeError {
    NONE(""), TOO_SHORT("too-short"), UNKNOWN("unknown"), USED("used"), CLOSED("closed"), TOO_MANY("too-many"),
    OFFLINE("offline"), OTHER("other");

    private final String key;

    CodeError(String key) {
        this.key = key;
    }

    public String messageKey() {
        return "code.error." + key;
    }
}
