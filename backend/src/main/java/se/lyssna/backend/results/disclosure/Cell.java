package se.lyssna.backend.results.disclosure;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One figure before protection: how many respondents (or answers) it is about, and, for a distribution, the counts
 * per option. {@code binary} is the positive/other split of an item that counts towards its area's index.
 */
public final class Cell {
    /** The two sides of an area-indexed item's split (see {@link #binary()}). */
    public static final String POSITIVE = "positive";
    public static final String OTHER = "other";
    private final CellKey key;
    private final int size;
    /**
     * The options and their counts as two arrays, the option list shared by every figure of a measure: a national
     * round has two million figures, and a map each was a fifth of the memory a close held.
     */
    private final List<String> options;
    private final int[] values;
    /** The positive/other split of an area-indexed item, or {@code null}. */
    private final int[] binary;
    private final boolean unpublished;
    private Reason reason;
    /**
     * The figure's place among those of the protection it is part of ({@link DisclosureControl}, whose arrays it
     * indexes instead of a map keyed by figure). A figure is protected once, as it is hidden in place.
     */
    int index = -1;

    public Cell(CellKey key, int size, Map<String, Integer> counts, Map<String, Integer> binary, boolean unpublished) {
        this(key, size, counts == null ? List.of() : List.copyOf(counts.keySet()),
                counts == null ? new int[0] : counts.values().stream().mapToInt(Integer::intValue).toArray(),
                binary == null ? null : new int[] {binary.getOrDefault(POSITIVE, 0), binary.getOrDefault(OTHER, 0)},
                unpublished);
    }

    /**
     * A figure as counting makes it: {@code values[i]} answers in {@code options.get(i)} (the list is kept, not
     * copied), {@code binary} the positive and other answers of an area-indexed item or {@code null}.
     */
    public Cell(CellKey key, int size, List<String> options, int[] values, int[] binary, boolean unpublished) {
        if (options.size() != values.length || binary != null && binary.length != 2) {
            throw new IllegalArgumentException("options and counts differ in length: " + key);
        }
        this.key = key;
        this.size = size;
        this.options = options;
        this.values = values;
        this.binary = binary;
        this.unpublished = unpublished;
    }

    public static Cell respondents(Scope scope, String group, int n) {
        return new Cell(new CellKey(scope, group, Measure.RESPONDENTS), n, null, null, !scope.published());
    }

    public CellKey key() {
        return key;
    }

    /** Respondents behind the figure (for an item: those who answered it). */
    public int size() {
        return size;
    }

    /** The counts per option, in the options' order (a read-only view). */
    public Map<String, Integer> counts() {
        return new Counts();
    }

    /** The options, in order. */
    public List<String> options() {
        return options;
    }

    /** The count of the option at {@code index} of {@link #options()}. */
    public int count(int index) {
        return values[index];
    }

    /** The count of an option, 0 if the figure has no such option. */
    public int count(String option) {
        int i = options.indexOf(option);
        return i < 0 ? 0 : values[i];
    }

    /** Positive/other answers of an area-indexed item, or null. */
    public Map<String, Integer> binary() {
        if (binary == null) {
            return null;
        }
        Map<String, Integer> split = new LinkedHashMap<>();
        split.put(POSITIVE, binary[0]);
        split.put(OTHER, binary[1]);
        return split;
    }

    /** Whether the figure is an area-indexed item, with a positive/other split. */
    public boolean hasBinary() {
        return binary != null;
    }

    /** The positive ({@code 0}) or other ({@code 1}) real answers of an area-indexed item; 0 without a split. */
    public int binaryCount(int side) {
        return binary == null ? 0 : binary[side];
    }

    public boolean isDistribution() {
        return values.length > 0;
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
        return key + "=" + size + counts() + (reason == null ? "" : "[" + reason + "]");
    }

    /** The counts as a map, without a map: a figure has at most a dozen options, looked up by a short scan. */
    private final class Counts extends AbstractMap<String, Integer> {
        @Override
        public Integer get(Object option) {
            int i = options.indexOf(option);
            return i < 0 ? null : values[i];
        }

        @Override
        public boolean containsKey(Object option) {
            return options.contains(option);
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public Set<Entry<String, Integer>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Integer>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < values.length;
                        }

                        @Override
                        public Entry<String, Integer> next() {
                            if (next >= values.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(options.get(i), values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return values.length;
                }
            };
        }
    }
}
