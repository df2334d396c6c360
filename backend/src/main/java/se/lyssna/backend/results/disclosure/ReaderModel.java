package se.lyssna.backend.results.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reader's integer program over one publication: a variable per hidden number (a hidden figure's size and each of
 * its options, an unpublished own part's too), every visible number a constant, and a row per linear fact the reader
 * knows (additive relations, structural bounds). Bounds start at what codes issued allow and are tightened by
 * integer bound propagation.
 */
final class ReaderModel {
    static final String SIZE = "#";
    private static final long FREE = 1L << 40;

    /** {@code lo ≤ Σ coefs·vars ≤ hi}, constants already moved to the bounds. */
    record Row(int[] vars, int[] coefs, long lo, long hi) {
    }

    final List<CellKey> cellOf = new ArrayList<>();
    final List<String> optionOf = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    long[] lo;
    long[] hi;
    int[] truth;
    /** What the reader knows of each number before reasoning (see {@link #published}): its protection need. */
    long[] prior;
    /** Which option of its figure a variable is (-1 for a size), and how many options the figure has. */
    int[] optionIndex;
    int[] optionCount;
    private final List<Integer> optionIndexes = new ArrayList<>();
    private final List<Integer> optionCounts = new ArrayList<>();
    private final List<Long> priors = new ArrayList<>();
    private final List<Long> caps = new ArrayList<>();
    private final List<Integer> truths = new ArrayList<>();
    private final Map<CellKey, Map<String, Integer>> vars = new HashMap<>();
    private final Map<String, String> parentScope = new HashMap<>();
    private final Map<String, Integer> areaItems = new HashMap<>();
    private final Publication publication;

    ReaderModel(Publication publication) {
        this.publication = publication;
        for (Relation relation : publication.relations()) {
            if (relation.kind() == Relation.Kind.MUNICIPALITY || relation.kind() == Relation.Kind.NATION) {
                relation.parts().forEach(p -> parentScope.put(p.scope(), relation.total().scope()));
            }
        }
        for (Cell cell : publication.cells().values()) {
            if (cell.hidden()) {
                declare(cell);
            }
        }
        for (Cell cell : publication.cells().values()) {
            if (cell.isDistribution() && !cell.key().measure().startsWith("area:")) {
                Expr sum = new Expr();
                cell.counts().keySet().forEach(o -> sum.add(cell.key(), o, 1));
                sum.add(cell.key(), SIZE, -1);
                equal(sum, 0);
            }
        }
        for (Relation relation : publication.relations()) {
            relation(relation);
        }
        for (Bound bound : publication.bounds()) {
            Expr diff = new Expr();
            side(diff, bound.small(), bound.smallOptions(), 1);
            side(diff, bound.large(), bound.largeOptions(), -1);
            add(diff, bound.equal() ? 0 : -FREE, 0);
        }
        int n = cellOf.size();
        lo = new long[n];
        hi = new long[n];
        prior = new long[n];
        truth = new int[n];
        optionIndex = new int[n];
        optionCount = new int[n];
        for (int i = 0; i < n; i++) {
            prior[i] = priors.get(i);
            hi[i] = caps.get(i);
            truth[i] = truths.get(i);
            optionIndex[i] = optionIndexes.get(i);
            optionCount[i] = optionCounts.get(i);
        }
    }

    int size() {
        return cellOf.size();
    }

    boolean isRespondents(int var) {
        return cellOf.get(var).isRespondents();
    }

    /** The variable of a hidden number, or -1 if it is published. */
    int var(CellKey key, String option) {
        Map<String, Integer> of = vars.get(key);
        Integer index = of == null ? null : of.get(option);
        return index == null ? -1 : index;
    }

    /** The true value of any number, published or not. */
    int value(CellKey key, String option) {
        Cell cell = publication.cells().get(key);
        return SIZE.equals(option) ? cell.size() : cell.counts().getOrDefault(option, 0);
    }

    private void declare(Cell cell) {
        long codes = publication.codesIssued().getOrDefault(cell.key().scope(), 1 << 20);
        Map<String, Integer> of = new HashMap<>();
        boolean area = cell.key().measure().startsWith("area:");
        long items = area ? areaItemCount(cell.key()) : 1;
        // An answer count's size (how many answered at all) is not itself protected: the options are.
        of.put(SIZE, newVar(cell.key(), SIZE, codes, cell.isDistribution() ? 0 : published(cell.key(), SIZE, codes),
                cell.size(), -1, 0));
        int index = 0;
        for (Map.Entry<String, Integer> option : cell.counts().entrySet()) {
            of.put(option.getKey(), newVar(cell.key(), option.getKey(), codes * items,
                    published(cell.key(), option.getKey(), codes * items), option.getValue(), index++,
                    cell.counts().size()));
        }
        vars.put(cell.key(), of);
    }

    /**
     * What the reader knows of a number before any reasoning: at most the codes issued, and at most the same number
     * published for a group that contains it (the municipality's, or the whole group's). A hidden number need not
     * be more uncertain than that: "at most 3 in the municipality disagreed" is already public.
     */
    private long published(CellKey key, String option, long codes) {
        long bound = codes;
        for (String scope = key.scope(); scope != null; scope = parentScope.get(scope)) {
            for (String group : List.of(key.group(), CellKey.ALL)) {
                // A band's figure is also part of the same figure for all ages.
                for (String band : List.of(key.band(), CellKey.ALL_AGES)) {
                    CellKey outer = new CellKey(scope, group, key.measure(), band);
                    Cell cell = publication.cells().get(outer);
                    if (!outer.equals(key) && cell != null && !cell.hidden()) {
                        bound = Math.min(bound, SIZE.equals(option) ? cell.size()
                                : cell.counts().getOrDefault(option, 0));
                    }
                }
            }
        }
        return bound;
    }

    /**
     * How many items an area index counts answers of, which caps its counts. The all-ages index has no items of its
     * own (each band asks its own): the most any band's index counts caps it.
     */
    private long areaItemCount(CellKey area) {
        if (areaItems.isEmpty()) {
            publication.relations().stream().filter(r -> r.kind() == Relation.Kind.AREA)
                    .forEach(r -> areaItems.merge(r.total().tableMeasure(), r.parts().size(), Math::max));
            publication.relations().stream().filter(r -> r.kind() == Relation.Kind.AREA)
                    .forEach(r -> areaItems.merge(r.total().withBand(CellKey.ALL_AGES).tableMeasure(),
                            r.parts().size(), Math::max));
        }
        return areaItems.getOrDefault(area.tableMeasure(), 1);
    }

    private int newVar(CellKey key, String option, long cap, long priorHi, int value, int index, int count) {
        caps.add(cap);
        optionIndexes.add(index);
        optionCounts.add(count);
        cellOf.add(key);
        optionOf.add(option);
        priors.add(priorHi);
        truths.add(value);
        return cellOf.size() - 1;
    }

    private void relation(Relation relation) {
        Cell total = publication.cells().get(relation.total());
        if (total == null) {
            return;
        }
        if (relation.binary()) {
            for (String side : List.of("positive", "other")) {
                Expr sum = new Expr();
                sum.add(relation.total(), side, 1);
                for (CellKey part : relation.parts()) {
                    Publication.BinarySplit split = publication.binarySplits().get(part.tableMeasure());
                    if (split != null && publication.cells().containsKey(part)) {
                        (side.equals("positive") ? split.positive() : split.other()).forEach(o -> sum.add(part, o, -1));
                    }
                }
                equal(sum, 0);
            }
            return;
        }
        List<String> components = new ArrayList<>();
        components.add(SIZE);
        components.addAll(total.counts().keySet());
        for (String component : components) {
            Expr sum = new Expr();
            sum.add(relation.total(), component, 1);
            for (CellKey part : relation.parts()) {
                if (publication.cells().containsKey(part)) {
                    sum.add(part, component, -1);
                }
            }
            equal(sum, 0);
        }
    }

    private void side(Expr expr, CellKey key, List<String> options, int sign) {
        if (!publication.cells().containsKey(key)) {
            return;
        }
        if (options.isEmpty()) {
            expr.add(key, SIZE, sign);
        } else {
            options.forEach(o -> expr.add(key, o, sign));
        }
    }

    private void equal(Expr expr, long value) {
        add(expr, value, value);
    }

    private void add(Expr expr, long low, long high) {
        if (expr.vars.isEmpty()) {
            return;
        }
        int[] v = new int[expr.vars.size()];
        int[] c = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = expr.vars.get(i);
            c[i] = expr.coefs.get(i);
        }
        rows.add(new Row(v, c, low <= -FREE ? -FREE : low - expr.constant, high >= FREE ? FREE : high - expr.constant));
    }

    /** A linear expression being built: hidden numbers as variables, published ones folded into a constant. */
    private final class Expr {
        final List<Integer> vars = new ArrayList<>();
        final List<Integer> coefs = new ArrayList<>();
        /** Where each variable sits in {@link #vars}, once there are many: a nation's sum has hundreds of terms. */
        Map<Integer, Integer> position;
        long constant;

        void add(CellKey key, String option, int coef) {
            int index = var(key, option);
            if (index < 0) {
                constant += (long) coef * value(key, option);
                return;
            }
            Integer at = find(index);
            if (at != null) {
                coefs.set(at, coefs.get(at) + coef);
            } else {
                if (position != null) {
                    position.put(index, vars.size());
                }
                vars.add(index);
                coefs.add(coef);
            }
        }

        private Integer find(int index) {
            if (position == null && vars.size() >= 16) {
                position = new HashMap<>();
                for (int i = 0; i < vars.size(); i++) {
                    position.put(vars.get(i), i);
                }
            }
            if (position != null) {
                return position.get(index);
            }
            int at = vars.indexOf(index);
            return at < 0 ? null : at;
        }
    }

    /** Integer bound propagation to a fixed point; false if the rows contradict each other (a bug, never data). */
    boolean propagate() {
        List<List<Integer>> rowsOf = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            rowsOf.add(new ArrayList<>());
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int v : rows.get(r).vars()) {
                rowsOf.get(v).add(r);
            }
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        boolean[] queued = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            queue.add(r);
            queued[r] = true;
        }
        long steps = 0;
        while (!queue.isEmpty() && steps++ < 50_000_000L) {
            int r = queue.poll();
            queued[r] = false;
            Row row = rows.get(r);
            long min = 0;
            long max = 0;
            for (int k = 0; k < row.vars().length; k++) {
                int v = row.vars()[k];
                int a = row.coefs()[k];
                min += a > 0 ? a * lo[v] : a * hi[v];
                max += a > 0 ? a * hi[v] : a * lo[v];
            }
            if (min > row.hi() || max < row.lo()) {
                return false;
            }
            for (int k = 0; k < row.vars().length; k++) {
                int v = row.vars()[k];
                int a = row.coefs()[k];
                if (a == 0) {
                    continue;
                }
                long restMin = min - (a > 0 ? a * lo[v] : a * hi[v]);
                long restMax = max - (a > 0 ? a * hi[v] : a * lo[v]);
                long newLo = lo[v];
                long newHi = hi[v];
                if (a > 0) {
                    if (row.lo() > -FREE) {
                        newLo = Math.max(newLo, Math.floorDiv(row.lo() - restMax + a - 1, a));
                    }
                    if (row.hi() < FREE) {
                        newHi = Math.min(newHi, Math.floorDiv(row.hi() - restMin, a));
                    }
                } else {
                    long b = -a;
                    if (row.hi() < FREE) {
                        newLo = Math.max(newLo, Math.floorDiv(restMin - row.hi() + b - 1, b));
                    }
                    if (row.lo() > -FREE) {
                        newHi = Math.min(newHi, Math.floorDiv(restMax - row.lo(), b));
                    }
                }
                if (newLo > newHi) {
                    return false;
                }
                if (newLo != lo[v] || newHi != hi[v]) {
                    min += a > 0 ? a * (newLo - lo[v]) : a * (newHi - hi[v]);
                    max += a > 0 ? a * (newHi - hi[v]) : a * (newLo - lo[v]);
                    lo[v] = newLo;
                    hi[v] = newHi;
                    for (int other : rowsOf.get(v)) {
                        if (!queued[other]) {
                            queued[other] = true;
                            queue.add(other);
                        }
                    }
                }
            }
        }
        return true;
    }
}
