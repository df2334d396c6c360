package se.lyssna.backend.actions;

import java.util.Arrays;
import java.util.Optional;

/** Where a council's action stands. Children see an action once it is in progress or done. */
public enum ActionStatus {
    PLANNED("planned"), IN_PROGRESS("in-progress"), DONE("done");

    private final String key;

    ActionStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean visibleToChildren() {
        return this != PLANNED;
    }

    public static Optional<ActionStatus> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
