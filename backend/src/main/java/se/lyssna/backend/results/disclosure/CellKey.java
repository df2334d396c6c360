package se.lyssna.backend.results.disclosure;

/**
 * Where a figure sits: a scope ({@code unit:<code>}, {@code municipality:<code>}, {@code nation:SE}, or the never
 * published {@code own:<code>}), a group within it ({@code all} or {@code <variable>=<value>}) and a measure
 * ({@code respondents}, {@code item:<id>}, {@code item:<id>#<option>}, {@code area:<key>}).
 */
public record CellKey(String scope, String group, String measure) implements Comparable<CellKey> {
    public static final String ALL = "all";
    public static final String RESPONDENTS = "respondents";

    /** The scope and group this figure is about: all figures of a hidden group are hidden with it. */
    public String groupRef() {
        return scope + "|" + group;
    }

    public boolean isRespondents() {
        return RESPONDENTS.equals(measure);
    }

    @Override
    public int compareTo(CellKey other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return scope + "|" + group + "|" + measure;
    }
}
