package se.lyssna.backend.results.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The reader's integer program over one publication: a variable per hidden number (a hidden figure's size and each of
 * its options, an unpublished own part's too), every visible number a constant, and a row per linear fact the reader
 * knows (additive relations, structural bounds). Bounds start at what codes issued allow and are tightened by
 * integer bound propagation.
 *
 * <p>What the reader knows does not depend on which figures are hidden, only what is a constant does: the rows are
 * compiled once per round into a {@link Structure} over every number, and each audit round pins the published
 * numbers to their values and lets the hidden ones range. All of it is arrays indexed by number: a national round has
 * millions of them.
 */
final class ReaderModel {
    static final String SIZE = "#";
    static final long FREE = 1L << 40;

    /** {@code lo ≤ Σ coefs·vars ≤ hi}, constants already moved to the bounds. */
    record Row(int[] vars, int[] coefs, long lo, long hi) {
    }

    final Structure structure;
    final boolean[] hidden;
    /** The hidden numbers, as numbers of the structure, and each one's variable ({@code -1}: published). */
    private final int[] numberOf;
    private final int[] varOf;
    /**
     * Bounds of every number of the structure, number {@code k}'s low at {@code 2k} and its high beside it: a
     * published one is pinned to itself, so the rows need no folding, and a row's term reads one cache line, not one
     * in each of two arrays of tens of megabytes.
     */
    private final int[] box;
    /**
     * Which rows tightened which numbers on the way to these bounds: what lets the next audit round, with more
     * hidden, start from them ({@link #propagate(ReaderModel)}). Null until propagated, and after the fixed point was
     * not reached (cut at the step limit).
     */
    private Derivations derivations;
    /** How many hidden numbers the last propagation started afresh (all of them without an earlier model). */
    int restarted;
    /** The propagation's ring of rows and which rows are in it, kept for a model made in this one's arrays. */
    private int[] queue;
    private boolean[] queued;

    /** The model of one publication, built from scratch (tests, one audit). */
    ReaderModel(Publication publication) {
        this(new Structure(publication));
    }

    /** The model of the publication as its cells are hidden now. */
    ReaderModel(Structure structure) {
        this(structure, null);
    }

    /**
     * The same, in the arrays of {@code spent}, a model of the same structure no longer read: an audit round of a
     * national close needs hundreds of megabytes of them, and making them afresh each round filled the old generation
     * with garbage and cost a full collection every round or two.
     */
    ReaderModel(Structure structure, ReaderModel spent) {
        this.structure = structure;
        Structure s = structure;
        boolean reuse = spent != null && spent.structure == structure;
        varOf = reuse ? spent.varOf : new int[s.numbers];
        box = reuse ? spent.box : new int[2 * s.numbers];
        queue = reuse ? spent.queue : null;
        queued = reuse ? spent.queued : null;
        // Which figures are hidden, read once: the cells are scattered objects, an array is one cache line per 64.
        hidden = reuse ? spent.hidden : new boolean[s.cells.length];
        int n = 0;
        for (int c = 0; c < s.cells.length; c++) {
            hidden[c] = s.cells[c].hidden();
            for (int k = s.base[c]; k < s.base[c + 1]; k++) {
                varOf[k] = hidden[c] ? n++ : -1;
                box[2 * k] = hidden[c] ? 0 : s.truth[k];
                box[2 * k + 1] = hidden[c] ? (int) Math.min(s.cap[k], Integer.MAX_VALUE) : s.truth[k];
            }
        }
        numberOf = new int[n];
        for (int k = 0; k < s.numbers; k++) {
            if (varOf[k] >= 0) {
                numberOf[varOf[k]] = k;
            }
        }
    }

    long lo(int var) {
        return box[2 * numberOf[var]];
    }

    long hi(int var) {
        return box[2 * numberOf[var] + 1];
    }

    int truth(int var) {
        return structure.truth[numberOf[var]];
    }

    /** What the reader knows of a hidden number before reasoning (see {@link Structure#published}). */
    long prior(int var) {
        int number = numberOf[var];
        return structure.published(number, structure.cellOfNumber(number), hidden);
    }

    int size() {
        return numberOf.length;
    }

    /** The rows that hold at least one hidden number, as rows over the variables (for the linear programs). */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Structure s = structure;
        for (int r = 0; r < s.rowAtMost.length; r++) {
            long constant = 0;
            List<int[]> terms = new ArrayList<>();
            for (int t = s.rowStart[r]; t < s.rowStart[r + 1]; t++) {
                int v = varOf[s.rowNumber[t]];
                if (v >= 0) {
                    terms.add(new int[] {v, s.rowCoef[t]});
                } else {
                    constant += (long) s.rowCoef[t] * s.truth[s.rowNumber[t]];
                }
            }
            if (!terms.isEmpty()) {
                rows.add(new Row(terms.stream().mapToInt(t -> t[0]).toArray(),
                        terms.stream().mapToInt(t -> t[1]).toArray(), s.rowAtMost[r] ? -FREE : -constant,
                        -constant));
            }
        }
        return rows;
    }

    boolean isRespondents(int var) {
        return cellOf(var).isRespondents();
    }

    CellKey cellOf(int var) {
        return structure.cells[structure.cellOfNumber(numberOf[var])].key();
    }

    String optionOf(int var) {
        return structure.optionOf(numberOf[var]);
    }

    /** Which option of its figure a variable is (-1 for a size), and how many options the figure has. */
    int optionIndex(int var) {
        int number = numberOf[var];
        return number - structure.base[structure.cellOfNumber(number)] - 1;
    }

    int optionCount(int var) {
        int c = structure.cellOfNumber(numberOf[var]);
        return structure.base[c + 1] - structure.base[c] - 1;
    }

    /** The variable of a hidden number, or -1 if it is published. */
    int var(CellKey key, String option) {
        int number = structure.number(key, option);
        return number < 0 ? -1 : varOf[number];
    }

    /** The variable of a number of the structure, or -1 if it is published. */
    int varOfNumber(int number) {
        return varOf[number];
    }

    /** The lowest value the reader can give a number: a hidden one's lower bound, a published number itself. */
    long low(int number) {
        return box[2 * number];
    }

    long high(int number) {
        return box[2 * number + 1];
    }

    /** The true value of any number, published or not. */
    int value(CellKey key, String option) {
        Cell cell = structure.figures.get(key);
        return SIZE.equals(option) ? cell.size() : cell.count(option);
    }

    /**
     * Integer bound propagation to a fixed point over the structure's rows (each {@code Σ ≤ 0} or {@code = 0}); false
     * if the rows contradict each other (a bug, never data).
     */
    boolean propagate() {
        return propagate(null);
    }

    /**
     * The same fixed point, reached from an earlier round's of the same structure with fewer figures hidden (figures
     * are hidden, never shown again). A bound that no row tightened from a number hidden since (or from a bound so
     * tightened, and so on) was derived from rows and constants that are all still the same, so it is still one the
     * reader derives; those bounds are kept, only the others start again from what codes issued allow, and only
     * their rows are propagated. Bound propagation from any box of derivable bounds ends at the one fixed point the
     * fresh propagation reaches, so the result is the same. A national round's later audit rounds hide a few hundred
     * figures of a million: their propagation touches a small part of the rows.
     */
    boolean propagate(ReaderModel earlier) {
        Structure s = structure;
        int rows = s.rowAtMost.length;
        int[] rowStart = s.rowStart;
        int[] rowNumber = s.rowNumber;
        byte[] rowCoef = s.rowCoef;
        // A ring of row numbers, each row in it at most once; only rows with a hidden number can tighten anything.
        if (queue == null) {
            queue = new int[rows + 1];
            queued = new boolean[rows];
        } else {
            Arrays.fill(queued, false);
        }
        int[] queue = this.queue;
        boolean[] queued = this.queued;
        int tail = 0;
        boolean[] restart = earlier == null || earlier.derivations == null ? null : restartFrom(earlier);
        Derivations log = restart == null ? new Derivations(rows, s.numbers) : earlier.derivations;
        for (int r = 0; r < rows; r++) {
            for (int t = rowStart[r]; t < rowStart[r + 1]; t++) {
                int k = rowNumber[t];
                if (varOf[k] >= 0 && (restart == null || restart[k])) {
                    queue[tail++] = r;
                    queued[r] = true;
                    break;
                }
            }
        }
        int head = 0;
        int size = tail;
        long steps = 0;
        while (size > 0 && steps++ < 200_000_000L) {
            int r = queue[head];
            head = head == rows ? 0 : head + 1;
            size--;
            queued[r] = false;
            long min = 0;
            long max = 0;
            long widest = 0;
            int from = rowStart[r];
            int to = rowStart[r + 1];
            for (int t = from; t < to; t++) {
                int k = rowNumber[t];
                long a = rowCoef[t];
                min += a > 0 ? a * box[2 * k] : a * box[2 * k + 1];
                max += a > 0 ? a * box[2 * k + 1] : a * box[2 * k];
                widest = Math.max(widest, Math.abs(a) * (box[2 * k + 1] - box[2 * k]));
            }
            long rowLow = s.rowAtMost[r] ? -FREE : 0;
            if (min > 0 || max < rowLow) {
                return false;
            }
            if (widest <= Math.min(-min, max - rowLow)) {
                // A term narrows only if its range (times its coefficient) is wider than the row's slack on a side:
                // most rows a propagation looks at again cannot narrow anything, and this tells so in one pass.
                continue;
            }
            for (int t = from; t < to; t++) {
                int k = rowNumber[t];
                long a = rowCoef[t];
                if (a == 0 || box[2 * k] == box[2 * k + 1]) {
                    continue;
                }
                long restMin = min - (a > 0 ? a * box[2 * k] : a * box[2 * k + 1]);
                long restMax = max - (a > 0 ? a * box[2 * k + 1] : a * box[2 * k]);
                long newLo = box[2 * k];
                long newHi = box[2 * k + 1];
                if (a == 1) {
                    // Nearly every coefficient is ±1: no division.
                    if (rowLow > -FREE) {
                        newLo = Math.max(newLo, rowLow - restMax);
                    }
                    newHi = Math.min(newHi, -restMin);
                } else if (a == -1) {
                    newLo = Math.max(newLo, restMin);
                    if (rowLow > -FREE) {
                        newHi = Math.min(newHi, restMax - rowLow);
                    }
                } else if (a > 0) {
                    if (rowLow > -FREE) {
                        newLo = Math.max(newLo, Math.floorDiv(rowLow - restMax + a - 1, a));
                    }
                    newHi = Math.min(newHi, Math.floorDiv(-restMin, a));
                } else {
                    long b = -a;
                    newLo = Math.max(newLo, Math.floorDiv(restMin + b - 1, b));
                    if (rowLow > -FREE) {
                        newHi = Math.min(newHi, Math.floorDiv(restMax - rowLow, b));
                    }
                }
                if (newLo > newHi) {
                    return false;
                }
                if (newLo != box[2 * k] || newHi != box[2 * k + 1]) {
                    min += a > 0 ? a * (newLo - box[2 * k]) : a * (newHi - box[2 * k + 1]);
                    max += a > 0 ? a * (newHi - box[2 * k + 1]) : a * (newLo - box[2 * k]);
                    box[2 * k] = (int) newLo;
                    box[2 * k + 1] = (int) newHi;
                    log.tightened(r, k);
                    for (int j = s.ofStart[k]; j < s.ofStart[k + 1]; j++) {
                        int other = s.ofRow[j];
                        if (!queued[other]) {
                            queued[other] = true;
                            queue[tail] = other;
                            tail = tail == rows ? 0 : tail + 1;
                            size++;
                        }
                    }
                }
            }
        }
        derivations = size == 0 ? log : null;
        return true;
    }

    /**
     * Which hidden numbers start again: those hidden since {@code earlier}, and every number a row holding one of
     * them tightened there, and so on. Every other hidden number takes its bounds from {@code earlier}. Null if
     * {@code earlier} hid a figure that is published now (then everything starts afresh).
     */
    private boolean[] restartFrom(ReaderModel earlier) {
        Structure s = structure;
        Derivations log = earlier.derivations;
        boolean[] restart = new boolean[s.numbers];
        boolean[] rowSeen = new boolean[s.rowAtMost.length];
        Ints pending = new Ints();
        for (int k = 0; k < s.numbers; k++) {
            if (earlier.varOf[k] >= 0 && varOf[k] < 0) {
                return null;
            }
            if (varOf[k] >= 0 && earlier.varOf[k] < 0) {
                restart[k] = true;
                pending.add(k);
            }
        }
        while (pending.size > 0) {
            int k = pending.values[--pending.size];
            for (int j = s.ofStart[k]; j < s.ofStart[k + 1]; j++) {
                int r = s.ofRow[j];
                if (!rowSeen[r]) {
                    rowSeen[r] = true;
                    log.forEachTightened(r, other -> {
                        if (!restart[other]) {
                            restart[other] = true;
                            pending.add(other);
                        }
                    });
                }
            }
        }
        restarted = 0;
        for (int k = 0; k < s.numbers; k++) {
            if (restart[k]) {
                restarted++;
                log.forget(k);
            } else if (varOf[k] >= 0) {
                box[2 * k] = earlier.box[2 * k];
                box[2 * k + 1] = earlier.box[2 * k + 1];
            }
        }
        return restart;
    }

    /**
     * For each row, the numbers it tightened in the derivation of the current bounds: a list per row in shared
     * arrays, appended to as propagation goes. A number that starts again is forgotten by its generation, so its old
     * entries no longer count and need not be found and removed.
     */
    private static final class Derivations {
        private final int[] rowHead;
        private final int[] generation;
        private int[] entryNumber = new int[1 << 20];
        private int[] entryGeneration = new int[1 << 20];
        private int[] entryNext = new int[1 << 20];
        private int entries;

        Derivations(int rows, int numbers) {
            rowHead = new int[rows];
            Arrays.fill(rowHead, -1);
            generation = new int[numbers];
        }

        void tightened(int row, int number) {
            int head = rowHead[row];
            if (head >= 0 && entryNumber[head] == number && entryGeneration[head] == generation[number]) {
                return;
            }
            if (entries == entryNumber.length) {
                int grown = entries + (entries >> 1);
                entryNumber = Arrays.copyOf(entryNumber, grown);
                entryGeneration = Arrays.copyOf(entryGeneration, grown);
                entryNext = Arrays.copyOf(entryNext, grown);
            }
            entryNumber[entries] = number;
            entryGeneration[entries] = generation[number];
            entryNext[entries] = head;
            rowHead[row] = entries++;
        }

        void forEachTightened(int row, IntConsumer action) {
            for (int e = rowHead[row]; e >= 0; e = entryNext[e]) {
                if (entryGeneration[e] == generation[entryNumber[e]]) {
                    action.accept(entryNumber[e]);
                }
            }
        }

        void forget(int number) {
            generation[number]++;
        }
    }

    /**
     * Every number of every figure of a round and every row the reader knows, hidden or not. Number {@code base[c]}
     * is figure {@code c}'s size, the next ones its options in order.
     */
    static final class Structure {
        final int threshold;
        /**
         * The figures by key. The rest of the publication (its relations and bounds, millions of objects in a national
         * round) is compiled into the rows and not kept.
         */
        final Map<CellKey, Cell> figures;
        final Cell[] cells;
        /** Each figure's key, beside each other: a slot is checked without reading the figure. */
        private final CellKey[] keys;
        final int[] base;
        final int numbers;
        final int[] truth;
        final long[] cap;
        private final int[] cellOfNumber;
        /** The figures containing each figure (its municipality's, the nation's, the whole group's, all ages'). */
        private final int[][] outer;
        /**
         * The figure each figure is a part of, by the relations that say so: its scope's (a municipality's or the
         * nation's), its group's (the whole group a background group is part of) and its band's (the same figure for
         * all ages); -1 for none. Looking the containing figures up by key made millions of keys a close.
         */
        private final int[] scopeParent;
        private final int[] groupParent;
        private final int[] bandParent;
        private final List<String>[] options;
        /** The figures by key, made when a key's slot does not find its figure (see {@link #cellOf}). */
        private Map<CellKey, Integer> index;
        /** Row {@code r}'s terms are {@code [rowStart[r], rowStart[r + 1])}; its sum is {@code ≤ 0} or {@code = 0}. */
        final int[] rowStart;
        final int[] rowNumber;
        final byte[] rowCoef;
        final boolean[] rowAtMost;
        /** The rows of each number, compressed the same way. */
        final int[] ofStart;
        final int[] ofRow;
        /** The parts of each relation that splits a group's children (background, age band), as figures. */
        final List<int[]> childSplits = new ArrayList<>();

        @SuppressWarnings("unchecked")
        Structure(Publication publication) {
            threshold = publication.threshold();
            figures = publication.cells();
            int count = publication.cells().size();
            cells = publication.cells().values().toArray(new Cell[0]);
            base = new int[count + 1];
            options = new List[count];
            Map<List<String>, List<String>> interned = new HashMap<>();
            // Counting shares one list per measure: most figures find theirs by identity, without hashing a list.
            Map<List<String>, List<String>> seen = new IdentityHashMap<>();
            keys = new CellKey[count];
            for (int c = 0; c < count; c++) {
                keys[c] = cells[c].key();
                List<String> own = cells[c].options();
                List<String> shared = seen.get(own);
                if (shared == null) {
                    shared = interned.computeIfAbsent(own, k -> k);
                    seen.put(own, shared);
                }
                options[c] = shared;
                base[c + 1] = base[c] + 1 + options[c].size();
            }
            numbers = base[count];
            truth = new int[numbers];
            cap = new long[numbers];
            cellOfNumber = new int[numbers];
            for (int c = 0; c < count; c++) {
                Arrays.fill(cellOfNumber, base[c], base[c + 1], c);
            }
            Map<String, Integer> areaItems = areaItems(publication);
            for (int c = 0; c < count; c++) {
                Cell cell = cells[c];
                long codes = publication.codesIssued().getOrDefault(cell.key().scope(), 1 << 20);
                long items = cell.key().measure() instanceof Measure.Area
                        ? areaItems.getOrDefault(cell.key().tableMeasure(), 1) : 1;
                truth[base[c]] = cell.size();
                cap[base[c]] = codes;
                for (int i = 0; i < options[c].size(); i++) {
                    truth[base[c] + 1 + i] = cell.count(i);
                    cap[base[c] + 1 + i] = codes * items;
                }
            }
            outer = new int[count][];
            scopeParent = new int[count];
            groupParent = new int[count];
            bandParent = new int[count];
            Arrays.fill(scopeParent, -1);
            Arrays.fill(groupParent, -1);
            Arrays.fill(bandParent, -1);
            scanRelations(publication);
            Rows rows = new Rows(numbers);
            for (int c = 0; c < count; c++) {
                if (cells[c].isDistribution() && !(cells[c].key().measure() instanceof Measure.Area)) {
                    for (int k = base[c] + 1; k < base[c + 1]; k++) {
                        rows.term(k, 1);
                    }
                    rows.term(base[c], -1);
                    rows.end(false);
                }
            }
            for (Relation relation : publication.relations()) {
                relation(rows, relation, publication.binarySplits());
            }
            for (Bound bound : publication.bounds()) {
                side(rows, bound.small(), bound.smallOptions(), 1);
                side(rows, bound.large(), bound.largeOptions(), -1);
                rows.end(!bound.equal());
            }
            rowStart = rows.starts.toArray();
            rowNumber = rows.numbers.toArray();
            rowCoef = new byte[rowNumber.length];
            for (int t = 0; t < rowCoef.length; t++) {
                // Coefficients are ±1, or ±2 where a number occurs twice in a fact.
                rowCoef[t] = (byte) rows.coefs.values[t];
            }
            rowAtMost = new boolean[rows.atMost.size];
            for (int r = 0; r < rowAtMost.length; r++) {
                rowAtMost[r] = rows.atMost.values[r] == 1;
            }
            ofStart = new int[numbers + 1];
            for (int number : rowNumber) {
                ofStart[number + 1]++;
            }
            for (int k = 0; k < numbers; k++) {
                ofStart[k + 1] += ofStart[k];
            }
            ofRow = new int[rowNumber.length];
            int[] fill = Arrays.copyOf(ofStart, numbers);
            for (int r = 0; r < rowAtMost.length; r++) {
                for (int t = rowStart[r]; t < rowStart[r + 1]; t++) {
                    ofRow[fill[rowNumber[t]]++] = r;
                }
            }
        }

        /** The index of a figure, or -1. */
        int cellOf(CellKey key) {
            int slot = key.slot;
            if (slot >= 0 && slot < keys.length && keys[slot] == key) {
                // The structure's figures are the protection's, in its order: the slot finds them without a map.
                return slot;
            }
            if (index == null) {
                index = new HashMap<>();
                for (int f = 0; f < cells.length; f++) {
                    index.put(cells[f].key(), f);
                }
            }
            Integer c = index.get(key);
            return c == null ? -1 : c;
        }

        /** The number of an option of a figure ({@link #SIZE}: its size), or -1 if there is no such number. */
        int number(CellKey key, String option) {
            int c = cellOf(key);
            if (c < 0) {
                return -1;
            }
            if (SIZE.equals(option)) {
                return base[c];
            }
            int i = options[c].indexOf(option);
            return i < 0 ? -1 : base[c] + 1 + i;
        }

        int cellOfNumber(int number) {
            return cellOfNumber[number];
        }

        String optionOf(int number) {
            int c = cellOfNumber(number);
            return number == base[c] ? SIZE : options[c].get(number - base[c] - 1);
        }

        /**
         * What the reader knows of a number before any reasoning: at most the codes issued, and at most the same number
         * published for a group that contains it (the municipality's, or the whole group's). A hidden number need not
         * be more uncertain than that: "at most 3 in the municipality disagreed" is already public. An answer count's
         * size (how many answered at all) is not itself protected: the options are.
         */
        long published(int number, int c, boolean[] hidden) {
            boolean size = number == base[c];
            if (size && base[c + 1] > base[c] + 1) {
                return 0;
            }
            long bound = cap[number];
            for (int o : outerOf(c)) {
                if (hidden[o]) {
                    continue;
                }
                if (size) {
                    bound = Math.min(bound, truth[base[o]]);
                } else if (options[o] == options[c]) {
                    bound = Math.min(bound, truth[number - base[c] + base[o]]);
                } else {
                    bound = Math.min(bound, cells[o].count(options[c].get(number - base[c] - 1)));
                }
            }
            return bound;
        }

        /** The parts of each relation that splits a group's children. */
        private void scanRelations(Publication publication) {
            for (Relation relation : publication.relations()) {
                if (relation.splitsChildren() && relation.total().isRespondents()) {
                    childSplits.add(relation.parts().stream().mapToInt(this::cellOf).filter(p -> p >= 0).toArray());
                }
            }
        }

        /**
         * The figures containing a figure, looked up when first asked for: only a hidden number the propagation left
         * narrower than the threshold needs them, a few of millions, and looking them up for every figure was a
         * tenth of a national close.
         */
        private int[] outerOf(int c) {
            if (outer[c] == null) {
                Ints found = new Ints(8);
                found.add(c);
                for (int i = 0; i < found.size; i++) {
                    int o = found.values[i];
                    for (int parent : new int[] {scopeParent[o], groupParent[o], bandParent[o]}) {
                        if (parent >= 0 && !found.contains(parent)) {
                            found.add(parent);
                        }
                    }
                }
                outer[c] = Arrays.copyOfRange(found.values, 1, found.size);
            }
            return outer[c];
        }

        /**
         * How many items an area index counts answers of, which caps its counts. The all-ages index has no items of its
         * own (each band asks its own): the most any band's index counts caps it.
         */
        private static Map<String, Integer> areaItems(Publication publication) {
            Map<String, Integer> areaItems = new HashMap<>();
            for (Relation r : publication.relations()) {
                if (r.kind() == Relation.Kind.AREA) {
                    areaItems.merge(r.total().tableMeasure(), r.parts().size(), Math::max);
                    areaItems.merge(r.total().withBand(CellKey.ALL_AGES).tableMeasure(), r.parts().size(), Math::max);
                }
            }
            return areaItems;
        }

        private void relation(Rows rows, Relation relation, Map<String, Publication.BinarySplit> splits) {
            int total = cellOf(relation.total());
            if (total < 0) {
                return;
            }
            if (relation.binary()) {
                for (String side : List.of("positive", "other")) {
                    term(rows, relation.total(), side, 1);
                    for (CellKey part : relation.parts()) {
                        Publication.BinarySplit split = splits.get(part.tableMeasure());
                        if (split != null) {
                            (side.equals("positive") ? split.positive() : split.other())
                                    .forEach(o -> term(rows, part, o, -1));
                        }
                    }
                    rows.end(false);
                }
                return;
            }
            // Each figure looked up once; an option's number found by position where the options are the same list.
            int[] parts = relation.parts().stream().mapToInt(this::cellOf).filter(c -> c >= 0).toArray();
            int[] parent = relation.kind() == Relation.Kind.MUNICIPALITY || relation.kind() == Relation.Kind.NATION
                    ? scopeParent : relation.kind() == Relation.Kind.BREAKDOWN ? groupParent
                    : relation.kind() == Relation.Kind.BAND ? bandParent : null;
            for (int part : parts) {
                if (parent != null) {
                    parent[part] = total;
                }
            }
            rows.term(base[total], 1);
            for (int part : parts) {
                rows.term(base[part], -1);
            }
            rows.end(false);
            List<String> totalOptions = options[total];
            for (int i = 0; i < totalOptions.size(); i++) {
                rows.term(base[total] + 1 + i, 1);
                for (int part : parts) {
                    int at = options[part] == totalOptions ? i : options[part].indexOf(totalOptions.get(i));
                    if (at >= 0) {
                        rows.term(base[part] + 1 + at, -1);
                    }
                }
                rows.end(false);
            }
        }

        private void side(Rows rows, CellKey key, List<String> sideOptions, int sign) {
            if (sideOptions.isEmpty()) {
                term(rows, key, SIZE, sign);
            } else {
                sideOptions.forEach(o -> term(rows, key, o, sign));
            }
        }

        /** A number missing from the structure is a zero (an option a figure does not have): it adds nothing. */
        private void term(Rows rows, CellKey key, String option, int coef) {
            int number = number(key, option);
            if (number >= 0) {
                rows.term(number, coef);
            }
        }
    }

    /**
     * Rows being compiled: terms of the current row, merged where a number occurs twice. Every fact is {@code = 0}
     * or {@code ≤ 0} once its terms are on one side.
     */
    private static final class Rows {
        final Ints starts = new Ints();
        final Ints numbers = new Ints();
        final Ints coefs = new Ints();
        final Ints atMost = new Ints();
        /**
         * For a long row (a nation's 290 municipalities), where each number last occurred: the row it occurred in
         * (plus one) and its place there. Arrays over all numbers, never cleared: the row stamp tells what is current.
         */
        private final int[] rowOf;
        private final int[] placeOf;

        Rows(int numbers) {
            starts.add(0);
            rowOf = new int[numbers];
            placeOf = new int[numbers];
        }

        void term(int number, int coef) {
            int start = starts.last();
            int row = starts.size;
            int length = numbers.size - start;
            int at = -1;
            if (length < 16) {
                for (int t = start; t < numbers.size; t++) {
                    if (numbers.values[t] == number) {
                        at = t;
                    }
                }
            } else {
                if (length == 16 && rowOf[numbers.values[start]] != row) {
                    for (int t = start; t < numbers.size; t++) {
                        rowOf[numbers.values[t]] = row;
                        placeOf[numbers.values[t]] = t;
                    }
                }
                at = rowOf[number] == row ? placeOf[number] : -1;
            }
            if (at >= 0) {
                coefs.values[at] += coef;
                return;
            }
            if (length >= 15) {
                rowOf[number] = row;
                placeOf[number] = numbers.size;
            }
            numbers.add(number);
            coefs.add(coef);
        }

        /** Ends the current row: {@code Σ ≤ 0} or {@code Σ = 0}; a row without terms is dropped. */
        void end(boolean lessOrEqual) {
            if (numbers.size > starts.last()) {
                starts.add(numbers.size);
                atMost.add(lessOrEqual ? 1 : 0);
            }
        }
    }

    /** A growing array of ints: millions of terms, without a box each. */
    private static final class Ints {
        int[] values;
        int size;

        Ints() {
            this(1024);
        }

        Ints(int capacity) {
            values = new int[capacity];
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int last() {
            return values[size - 1];
        }

        /** A linear scan: for the few values of a figure's containing figures. */
        boolean contains(int value) {
            for (int i = 0; i < size; i++) {
                if (values[i] == value) {
                    return true;
                }
            }
            return false;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
