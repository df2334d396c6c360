package se.lyssna.backend.results.disclosure;

import java.util.Objects;

/**
 * Where a figure sits: a table ({@code band}: {@link #ALL_AGES}, or one age band's own table such as {@code 7-12}), a
 * {@link Scope}, a group within it ({@code all} or {@code <variable>=<value>}) and a {@link Measure}.
 *
 * <p>A value like a record, but a class, so that it can keep its hash: a national close looks figures up by key tens
 * of millions of times in maps of two million, and computing the hash read four or five objects each time, most of
 * them out of the cache.
 */
public final class CellKey implements Comparable<CellKey> {
    public static final String ALL = "all";
    public static final String RESPONDENTS = Measure.RESPONDENTS.key();
    /** The table of every respondent of a round, whatever questionnaire of it they answered. */
    public static final String ALL_AGES = "all";

    private final Scope scope;
    private final String group;
    private final Measure measure;
    private final String band;
    private final int hash;
    /**
     * Where the last protection that took this key keeps its figure ({@link DisclosureControl}; -1: none): a hint that
     * finds the figure of a relation's key without a map, used only when the figure found there has this very key.
     */
    int slot = -1;

    public CellKey(Scope scope, String group, Measure measure, String band) {
        this.scope = Objects.requireNonNull(scope);
        this.group = Objects.requireNonNull(group);
        this.measure = Objects.requireNonNull(measure);
        this.band = Objects.requireNonNull(band);
        this.hash = mixedHash();
    }

    /** A figure of the all-ages table. */
    public CellKey(Scope scope, String group, Measure measure) {
        this(scope, group, measure, ALL_AGES);
    }

    /** A figure named by its stored keys (a stored row, a test). */
    public CellKey(String scope, String group, String measure, String band) {
        this(Scope.parse(scope), group, Measure.parse(measure), band);
    }

    public CellKey(String scope, String group, String measure) {
        this(scope, group, measure, ALL_AGES);
    }

    public Scope scope() {
        return scope;
    }

    public String group() {
        return group;
    }

    public Measure measure() {
        return measure;
    }

    public String band() {
        return band;
    }

    /** The scope, group and table this figure is about: all figures of a hidden group are hidden with it. */
    public Group groupRef() {
        return new Group(band, scope, group);
    }

    /** A group of children in one table: the figures that hide with its respondent count. */
    public record Group(String band, Scope scope, String group) {
    }

    /** A measure within its table: the same item ID may be asked on another scale in another band. */
    public String tableMeasure() {
        return tableMeasure(band, measure);
    }

    public static String tableMeasure(String band, Measure measure) {
        return band + "|" + measure.key();
    }

    public boolean isRespondents() {
        return measure instanceof Measure.Respondents;
    }

    public CellKey withMeasure(Measure other) {
        return new CellKey(scope, group, other, band);
    }

    public CellKey withBand(String other) {
        return new CellKey(scope, group, measure, other);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * A record's hash (31·h + h' over its parts) is the same for a unit's, an own part's and a municipality's
     * figure of one code, for an item and an area of one key, and collides across the millions of figures of a
     * national round whose scopes and measures differ by a character or two: lookups then spent most of their time in
     * {@code equals} along long bins. Mixed at each part, the keys spread.
     */
    private int mixedHash() {
        long h = mix(scope.kind().hashCode() * 31L + scope.code().hashCode()) + group.hashCode();
        h = mix(h) + measureHash();
        return (int) mix(mix(h) + band.hashCode());
    }

    /** Part by part, the hash first and then the parts that differ most often. */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof CellKey key && hash == key.hash && measure.equals(key.measure)
                && scope.equals(key.scope) && group.equals(key.group) && band.equals(key.band);
    }

    private long measureHash() {
        if (measure instanceof Measure.Option o) {
            return mix(mix(3L * 31 + o.item().hashCode()) + o.value().hashCode());
        }
        if (measure instanceof Measure.Item i) {
            return mix(2L * 31 + i.id().hashCode());
        }
        return measure instanceof Measure.Area a ? mix(4L * 31 + a.area().hashCode()) : 1;
    }

    /** SplitMix64's finaliser. */
    private static long mix(long h) {
        long z = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public int compareTo(CellKey other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return (ALL_AGES.equals(band) ? "" : band + "/") + scope.key() + "|" + group + "|" + measure.key();
    }
}
