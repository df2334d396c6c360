package se.lyssna.backend.results.disclosure;

/**
 * Where a figure sits: a table ({@code band}: {@link #ALL_AGES}, or one age band's own table such as {@code 7-12}), a
 * {@link Scope}, a group within it ({@code all} or {@code <variable>=<value>}) and a {@link Measure}.
 */
public record CellKey(Scope scope, String group, Measure measure, String band) implements Comparable<CellKey> {
    public static final String ALL = "all";
    public static final String RESPONDENTS = Measure.RESPONDENTS.key();
    /** The table of every respondent of a round, whatever questionnaire of it they answered. */
    public static final String ALL_AGES = "all";

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

    /** The scope, group and table this figure is about: all figures of a hidden group are hidden with it. */
    public String groupRef() {
        return band + "|" + scope.key() + "|" + group;
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
    public int compareTo(CellKey other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return (ALL_AGES.equals(band) ? "" : band + "/") + scope.key() + "|" + group + "|" + measure.key();
    }
}
