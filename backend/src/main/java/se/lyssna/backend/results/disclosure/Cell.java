package se.lyssna.backend.results.disclosure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One figure before protection: how many respondents (or answers) it is about, and, for a distribution, the counts
 * per option. {@code binary} is the positive/other split of an item that counts towards its area's index.
 */
public final class Cell {
    private final CellKey key;
    private final int size;
    private final Map<String, Integer> counts;
    private final Map<String, Integer> binary;
    private final boolean unpublished;
    private Reason reason;

    public Cell(CellKey key, int size, Map<String, Integer> counts, Map<String, Integer> binary, boolean unpublished) {
        this.key = key;
        this.size = size;
        this.counts = counts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        this.binary = binary;
        this.unpublished = unpublished;
    }

    public static Cell respondents(String scope, String group, int n) {
        return new Cell(new CellKey(scope, group, CellKey.RESPONDENTS), n, null, null, scope.startsWith("own:"));
    }

    public CellKey key() {
        return key;
    }

    /** Respondents behind the figure (for an item: those who answered it). */
    public int size() {
        return size;
    }

    public Map<String, Integer> counts() {
        return counts;
    }

    /** Positive/other answers of an area-indexed item, or null. */
    public Map<String, Integer> binary() {
        return binary;
    }

    public boolean isDistribution() {
        return !counts.isEmpty();
    }

    /**
     * Never published: a municipality's own responses, or a group of a scope that is not broken down. Hidden, but not
     * "suppressed": the reader still reasons about it.
     */
    public boolean unpublished() {
        return unpublished;
    }

    public boolean hidden() {
        return unpublished || reason != null;
    }

    public Reason reason() {
        return reason;
    }

    void hide(Reason why) {
        if (reason == null) {
            reason = why;
        }
    }

    @Override
    public String toString() {
        return key + "=" + size + counts + (reason == null ? "" : "[" + reason + "]");
    }
}
