package se.lyssna.backend.results.disclosure;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One figure before protection: how many respondents (or answers) it is about, and, for a distribution, the counts
 * per option. {@code binary} is the positive/other split of an item that counts towards its area's index.
 */
public final class Cell {
    private final CellKey key;
    private final int size;
    /** The options and their counts as two arrays: a national round has half a million figures. */
    private final List<String> options;
    private final int[] values;
    private final Map<String, Integer> binary;
    private final boolean unpublished;
    private Reason reason;

    public Cell(CellKey key, int size, Map<String, Integer> counts, Map<String, Integer> binary, boolean unpublished) {
        this.key = key;
        this.size = size;
        this.options = counts == null ? List.of() : List.copyOf(counts.keySet());
        this.values = new int[options.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = counts.get(options.get(i));
        }
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

    /** Positive/other answers of an area-indexed item, or null. */
    public Map<String, Integer> binary() {
        return binary;
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
