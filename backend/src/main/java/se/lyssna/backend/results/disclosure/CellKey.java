package se.lyssna.backend.results.disclosure;

/**
 * Where a figure sits: a table ({@code band}: {@link #ALL_AGES}, or one age band's own table such as {@code 7-12}), a
 * scope ({@code unit:<code>}, {@code municipality:<code>}, {@code nation:SE}, or the never published
 * {@code own:<code>}), a group within it ({@code all} or {@code <variable>=<value>}) and a measure
 * ({@code respondents}, {@code item:<id>}, {@code item:<id>#<option>}, {@code area:<key>}).
 */
public record CellKey(String scope, String group, String measure, String band) implements Comparable<CellKey> {
    public static final String ALL = "all";
    public static final String RESPONDENTS = "respondents";
    /** The table of every respondent of a round, whatever questionnaire of it they answered. */
    public static final String ALL_AGES = "all";

    /** A figure of the all-ages table. */
    public CellKey(String scope, String group, String measure) {
        this(scope, group, measure, ALL_AGES);
    }

    /** The scope, group and table this figure is about: all figures of a hidden group are hidden with it. */
    public String groupRef() {
        return band + "|" + scope + "|" + group;
    }

    /** A measure within its table: the same item ID may be asked on another scale in another band. */
    public String tableMeasure() {
        return band + "|" + measure;
    }

    public boolean isRespondents() {
        return RESPONDENTS.equals(measure);
    }

    public CellKey withMeasure(String other) {
        return new CellKey(scope, group, other, band);
    }

    public CellKey withBand(String other) {
        return new CellKey(scope, group, measure, other);
    }

    @Override
    public int compareTo(CellKey other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return (ALL_AGES.equals(band) ? "" : band + "/") + scope + "|" + group + "|" + measure;
    }
}
