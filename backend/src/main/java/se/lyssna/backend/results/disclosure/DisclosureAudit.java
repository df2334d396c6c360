package se.lyssna.backend.results.disclosure;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Proves a publication against the reader of docs/disclosure-control.md: (a) every hidden number's feasible range
 * holds at least {@code min(T, what codes issued allow)} values, and (b) no group, published or hidden, can be shown
 * to have at least one child and fewer than T answers outside one option.
 *
 * <p>Integer bound propagation over all rows first gives sound outer bounds (a range it finds too narrow is a real
 * leak). Linear programs (GLOP) then bound each hidden number, per block: the rows fall apart into blocks that share
 * only the respondent counts (an area with its items, a multiple-choice item, the respondent counts themselves), and
 * each block's program holds its rows, every row on respondent counts alone, and the propagated bounds. Each optimum
 * is a feasible point that settles many numbers at once; only the rest get a program of their own.
 */
public final class DisclosureAudit {
    private static final double EPS = 1e-6;
    private static final int ROTATION = 8;
    private static final int PASSES = ROTATION;
    /** Programs for single numbers per block; numbers still open after them count as not proven. */
    private static final int SINGLE_PROGRAMS = Integer.getInteger("lyssna.audit.single", 40);
    /** Passes that push one option of each figure up: as many as the widest scale. */

    public enum Kind { NARROW, ATTRIBUTE }

    /** A leak: a hidden number pinned to {@code [low, high]}, or a group whose answers are (nearly) all alike. */
    public record Finding(Kind kind, CellKey cell, String option, long low, long high) {
        @Override
        public String toString() {
            return kind + " " + cell + "[" + option + "] in [" + low + ", " + high + "]";
        }
    }

    /**
     * What the audit found (proven leaks, the first of them if there are very many, and how many), how many numbers it
     * checked, how many programs it solved, and how many numbers and groups it could neither prove safe nor leaking
     * within its budget of programs.
     */
    public record Result(List<Finding> findings, int found, int hiddenNumbers, int programs, int unproven) {
        public boolean passes() {
            return found == 0;
        }
    }

    private DisclosureAudit() {
    }

    /** Bound propagation only: fast, and every finding a real leak; what it passes the programs must still prove. */
    public static Result propagate(Publication publication) {
        return audit(new ReaderModel(publication), false, 0);
    }

    /** Propagation, then the linear programs per block until {@code deadline} ({@link System#nanoTime()}). */
    public static Result audit(Publication publication, long deadline) {
        return audit(new ReaderModel(publication), true, deadline);
    }

    /** Propagation, then the linear programs per block, without a time limit. */
    public static Result audit(Publication publication) {
        return audit(new ReaderModel(publication), true, Long.MAX_VALUE);
    }

    /** Bound propagation over a round's compiled rows, as its figures are hidden now (the audit-driven loop). */
    static Result propagate(ReaderModel.Structure structure) {
        return audit(new ReaderModel(structure), false, 0);
    }

    /**
     * The same, from an earlier round's model of the same structure with fewer figures hidden: only what is linked to
     * the newly hidden figures is propagated again ({@link ReaderModel#propagate(ReaderModel)}).
     */
    static Result propagate(ReaderModel model, ReaderModel earlier) {
        if (!model.propagate(earlier)) {
            throw new IllegalStateException("the published figures contradict each other");
        }
        return propagated(model, model.structure.threshold);
    }

    static Result audit(ReaderModel.Structure structure, long deadline) {
        return audit(new ReaderModel(structure), true, deadline);
    }

    private static Result audit(ReaderModel model, boolean programs, long deadline) {
        if (!model.propagate()) {
            throw new IllegalStateException("the published figures contradict each other");
        }
        int threshold = model.structure.threshold;
        if (!programs) {
            return propagated(model, threshold);
        }
        List<Finding> findings = new ArrayList<>();
        List<Attribute> attributes = attributes(model);
        List<ReaderModel.Row> rows = model.rows();
        int[] block = blocks(model, rows);
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int v = 0; v < model.size(); v++) {
            members.computeIfAbsent(block[v], k -> new ArrayList<>()).add(v);
        }
        Map<Integer, List<Attribute>> attributesOf = new HashMap<>();
        for (Attribute a : attributes) {
            attributesOf.computeIfAbsent(a.block(block), k -> new ArrayList<>()).add(a);
        }
        int solved = 0;
        int[] unproven = new int[1];
        for (Map.Entry<Integer, List<Integer>> entry : members.entrySet()) {
            if (System.nanoTime() > deadline) {
                // Out of time: what propagation passed here stays unproven by programs, and is reported so.
                unproven[0] += entry.getValue().size();
                continue;
            }
            Solver solver = new Solver(model, rows, block, entry.getKey(), threshold, deadline);
            try {
                unproven[0] += solver.settle(entry.getValue(), attributesOf.getOrDefault(entry.getKey(), List.of()),
                        findings);
            } finally {
                solved += solver.programs;
                solver.close();
            }
        }
        return new Result(findings, findings.size(), model.size(), solved, unproven[0]);
    }

    /** Leaks that the propagated bounds alone prove, read straight off the bounds: no list of groups is built. */
    private static Result propagated(ReaderModel model, int threshold) {
        Found findings = new Found();
        for (int v = 0; v < model.size(); v++) {
            // The prior is looked up only for numbers narrower than the threshold: few of millions.
            long width = model.hi(v) - model.lo(v) + 1;
            if (width < threshold && width < Math.min(threshold, model.prior(v) + 1)
                    && findings.keeps(Kind.NARROW, model.isRespondents(v))) {
                findings.add(new Finding(Kind.NARROW, model.cellOf(v), model.optionOf(v), model.lo(v), model.hi(v)));
            }
        }
        ReaderModel.Structure s = model.structure;
        for (int c = 0; c < s.cells.length; c++) {
            if (model.hidden[c] && s.base[c + 1] > s.base[c] + 1) {
                long sumHigh = 0;
                for (int k = s.base[c] + 1; k < s.base[c + 1]; k++) {
                    sumHigh += model.high(k);
                }
                for (int k = s.base[c] + 1; k < s.base[c + 1]; k++) {
                    long restHigh = sumHigh - model.high(k);
                    if (model.low(k) >= 1 && restHigh < threshold && findings.keeps(Kind.ATTRIBUTE, false)) {
                        findings.add(new Finding(Kind.ATTRIBUTE, s.cells[c].key(), s.optionOf(k), model.low(k),
                                restHigh));
                    }
                }
            }
        }
        for (int[] parts : s.childSplits) {
            long sumHigh = 0;
            boolean unknown = false;
            for (int p : parts) {
                sumHigh += model.high(s.base[p]);
                unknown |= model.varOfNumber(s.base[p]) >= 0;
            }
            for (int p = 0; unknown && p < parts.length; p++) {
                int size = s.base[parts[p]];
                long restHigh = sumHigh - model.high(size);
                if (model.low(size) >= 1 && restHigh < threshold && findings.keeps(Kind.ATTRIBUTE, false)) {
                    findings.add(new Finding(Kind.ATTRIBUTE, s.cells[parts[p]].key(), ReaderModel.SIZE,
                            model.low(size), restHigh));
                }
            }
        }
        return new Result(findings.kept, findings.count, model.size(), 0, 0);
    }

    /**
     * Findings as propagation reports them: all counted; every pinned group size kept (the loop repairs those roots
     * first, all of them at once), and of the others the first {@link #KEPT}. The first audit of a national round
     * finds millions (an empty group pins every figure of it), and they go when their roots are repaired. Keeping
     * 100,000 left a national round's loop repairing about that many a round: 15 rounds, where keeping 400,000 takes
     * 9 (two million took 8, but choosing among them cost more than the round saved, and the memory a full GC).
     */
    private static final class Found {
        static final int KEPT = 400_000;
        final List<Finding> kept = new ArrayList<>();
        int count;
        private int others;

        /**
         * Counts a finding of this kind, and says whether to keep it: then it is made and {@link #add added}. The
         * first audit of a national round finds five million; only those kept are made.
         */
        boolean keeps(Kind kind, boolean respondents) {
            count++;
            return kind == Kind.NARROW && respondents || others++ < KEPT;
        }

        void add(Finding finding) {
            kept.add(finding);
        }
    }

    /** A group's split over one figure's options: x = the count of one option, n = all of them. */
    private record Attribute(CellKey cell, String option, int x, int[] rest, int xConstant, int restConstant,
                             int anyVar) {
        int block(int[] blocks) {
            return blocks[anyVar];
        }
    }

    /** The same groups as {@link #propagated}, as variables and constants for the linear programs. */
    private static List<Attribute> attributes(ReaderModel model) {
        List<Attribute> list = new ArrayList<>();
        ReaderModel.Structure s = model.structure;
        for (int c = 0; c < s.cells.length; c++) {
            if (model.hidden[c] && s.base[c + 1] > s.base[c] + 1) {
                for (int k = s.base[c] + 1; k < s.base[c + 1]; k++) {
                    List<Integer> rest = new ArrayList<>();
                    for (int o = s.base[c] + 1; o < s.base[c + 1]; o++) {
                        if (o != k) {
                            rest.add(o);
                        }
                    }
                    add(list, model, s.cells[c].key(), s.optionOf(k), k, rest);
                }
            }
        }
        for (int[] parts : s.childSplits) {
            for (int p : parts) {
                List<Integer> rest = new ArrayList<>();
                for (int q : parts) {
                    if (q != p) {
                        rest.add(s.base[q]);
                    }
                }
                add(list, model, s.cells[p].key(), ReaderModel.SIZE, s.base[p], rest);
            }
        }
        return list;
    }

    private static void add(List<Attribute> list, ReaderModel model, CellKey cell, String label, int xNumber,
                            List<Integer> restNumbers) {
        int x = model.varOfNumber(xNumber);
        List<Integer> rest = new ArrayList<>();
        int restConstant = 0;
        for (int number : restNumbers) {
            int v = model.varOfNumber(number);
            if (v < 0) {
                restConstant += model.structure.truth[number];
            } else {
                rest.add(v);
            }
        }
        int any = x >= 0 ? x : rest.isEmpty() ? -1 : rest.get(0);
        if (any < 0) {
            return;
        }
        list.add(new Attribute(cell, label, x, rest.stream().mapToInt(Integer::intValue).toArray(),
                x < 0 ? model.structure.truth[xNumber] : 0, restConstant, any));
    }

    /** Union-find over the rows, not through respondent counts: those are shared by every block (block -1). */
    private static int[] blocks(ReaderModel model, List<ReaderModel.Row> rows) {
        int n = model.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (ReaderModel.Row row : rows) {
            int first = -1;
            for (int v : row.vars()) {
                if (model.isRespondents(v)) {
                    continue;
                }
                if (first < 0) {
                    first = v;
                } else {
                    parent[find(parent, v)] = find(parent, first);
                }
            }
        }
        int[] block = new int[n];
        for (int i = 0; i < n; i++) {
            block[i] = model.isRespondents(i) ? -1 : find(parent, i);
        }
        return block;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** One block's linear program and the feasible points seen so far. */
    private static final class Solver implements AutoCloseable {
        private final ReaderModel model;
        private final int threshold;
        private final MPSolver lp;
        private final Map<Integer, MPVariable> columns = new HashMap<>();
        private final double[] seenLo;
        private final double[] seenHi;
        private final Random random = new Random(1);
        private final long deadline;
        private final Map<Attribute, Double> bestRest = new java.util.IdentityHashMap<>();
        private List<Attribute> tracked = List.of();
        int programs;

        static {
            Loader.loadNativeLibraries();
        }

        Solver(ReaderModel model, List<ReaderModel.Row> rows, int[] block, int id, int threshold, long deadline) {
            this.deadline = deadline;
            this.model = model;
            this.threshold = threshold;
            this.lp = MPSolver.createSolver("GLOP");
            seenLo = new double[model.size()];
            seenHi = new double[model.size()];
            for (int v = 0; v < model.size(); v++) {
                seenLo[v] = model.truth(v);
                seenHi[v] = model.truth(v);
                if (block[v] == id || block[v] == -1) {
                    columns.put(v, lp.makeNumVar(model.lo(v), model.hi(v), ""));
                }
            }
            for (ReaderModel.Row row : rows) {
                boolean inside = true;
                for (int v : row.vars()) {
                    inside &= columns.containsKey(v);
                }
                if (!inside) {
                    continue;
                }
                double inf = MPSolver.infinity();
                MPConstraint c = lp.makeConstraint(row.lo() <= -(1L << 40) ? -inf : row.lo(),
                        row.hi() >= (1L << 40) ? inf : row.hi(), "");
                for (int k = 0; k < row.vars().length; k++) {
                    c.setCoefficient(columns.get(row.vars()[k]), row.coefs()[k]);
                }
            }
        }

        /** Pass {@code p} pushes option p of each figure (cyclically), and every size in pass 0; later, at random. */
        private boolean pushedUp(int v, int p) {
            int index = model.optionIndex(v);
            if (index < 0) {
                return p == 0;
            }
            int options = model.optionCount(v);
            return p < ROTATION ? index == p % options : random.nextInt(options) == index;
        }

        long need(int v) {
            return Math.min(threshold, model.prior(v) + 1);
        }

        boolean wide(int v) {
            return (long) Math.floor(seenHi[v] + EPS) - (long) Math.ceil(seenLo[v] - EPS) + 1 >= need(v);
        }

        /** Adds the leaks found among the block's numbers and groups; returns how many stayed unproven. */
        int settle(List<Integer> vars, List<Attribute> attributes, List<Finding> findings) {
            List<Integer> open = new ArrayList<>();
            for (int v : vars) {
                if (model.hi(v) - model.lo(v) + 1 < need(v)) {
                    findings.add(finding(Kind.NARROW, v, model.lo(v), model.hi(v)));
                } else if (!wide(v)) {
                    open.add(v);
                }
            }
            List<Attribute> openAttributes = new ArrayList<>(attributes);
            tracked = openAttributes;
            openAttributes.forEach(a -> bestRest.put(a, restAt(a, true)));
            // Settle many at once. Options of one figure compete for its answers, so each pass pushes one option of
            // every open figure up (the first pass also the sizes), after one pass that pushes everything down.
            for (int pass = 0; pass < 2 + PASSES && !(open.isEmpty() && openAttributes.isEmpty()); pass++) {
                MPObjective objective = lp.objective();
                objective.clear();
                for (int v : open) {
                    int coef = pass == 0 ? -1 : pushedUp(v, pass - 1) ? 1 : 0;
                    if (coef != 0) {
                        objective.setCoefficient(columns.get(v), coef);
                    }
                }
                for (Attribute a : openAttributes) {
                    if (a.x() >= 0) {
                        objective.setCoefficient(columns.get(a.x()), -1);
                    }
                }
                objective.setMaximization();
                if (!solve()) {
                    break;
                }
                open.removeIf(this::wide);
                openAttributes.removeIf(this::safe);
            }
            int budget = SINGLE_PROGRAMS;
            int unproven = 0;
            for (int v : open) {
                if (budget-- <= 0 || System.nanoTime() > deadline) {
                    // Neither proven wide nor narrow within the budget: reported, not hidden for.
                    unproven++;
                    continue;
                }
                double max = optimum(v, true);
                double min = wide(v) ? 0 : optimum(v, false);
                if (Double.isNaN(max) || Double.isNaN(min)) {
                    unproven++;
                } else if (!wide(v)) {
                    findings.add(finding(Kind.NARROW, v, (long) Math.ceil(min - EPS), (long) Math.floor(max + EPS)));
                }
            }
            for (Attribute a : openAttributes) {
                if (!safe(a) && !attribute(a, findings)) {
                    unproven++;
                }
            }
            return unproven;
        }

        /** Settles one group's split by its own programs; false if they could not be solved (out of time). */
        private boolean attribute(Attribute a, List<Finding> findings) {
            MPObjective objective = lp.objective();
            if (a.x() >= 0) {
                objective.clear();
                objective.setCoefficient(columns.get(a.x()), 1);
                objective.setMinimization();
                if (!solve()) {
                    return false;
                }
                if (safe(a)) {
                    return true;
                }
            }
            objective.clear();
            for (int v : a.rest()) {
                objective.setCoefficient(columns.get(v), 1);
            }
            objective.setMaximization();
            if (!solve()) {
                return false;
            }
            if (!safe(a)) {
                findings.add(new Finding(Kind.ATTRIBUTE, a.cell(), a.option(),
                        a.x() >= 0 ? (long) Math.ceil(seenLo[a.x()] - EPS) : a.xConstant(), restMax(a)));
            }
            return true;
        }

        /** Safe when some feasible point has none in the option, or at least T outside it. */
        private boolean safe(Attribute a) {
            boolean noneInOption = a.x() >= 0 ? seenLo[a.x()] < 1 - EPS : a.xConstant() == 0;
            return noneInOption || restMax(a) >= threshold;
        }

        /** The most answers outside the option seen at one feasible point (sums of separate maxima would lie). */
        private long restMax(Attribute a) {
            return (long) Math.floor(bestRest.getOrDefault(a, (double) restAt(a, true)) + EPS);
        }

        private double restAt(Attribute a, boolean truth) {
            double rest = a.restConstant();
            for (int v : a.rest()) {
                rest += truth ? model.truth(v) : columns.get(v).solutionValue();
            }
            return rest;
        }

        private double optimum(int v, boolean maximise) {
            MPObjective objective = lp.objective();
            objective.clear();
            objective.setCoefficient(columns.get(v), 1);
            if (maximise) {
                objective.setMaximization();
            } else {
                objective.setMinimization();
            }
            return solve() ? columns.get(v).solutionValue() : Double.NaN;
        }

        private boolean solve() {
            if (System.nanoTime() > deadline) {
                return false;
            }
            programs++;
            // One program of a national block can take longer than the whole budget: it is cut at the deadline.
            if (deadline != Long.MAX_VALUE) {
                lp.setTimeLimit(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            MPSolver.ResultStatus status = lp.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return false;
            }
            columns.forEach((v, column) -> {
                double value = column.solutionValue();
                seenLo[v] = Math.min(seenLo[v], value);
                seenHi[v] = Math.max(seenHi[v], value);
            });
            for (Attribute a : tracked) {
                bestRest.merge(a, restAt(a, false), Math::max);
            }
            return true;
        }

        private Finding finding(Kind kind, int v, long low, long high) {
            return new Finding(kind, model.cellOf(v), model.optionOf(v), low, high);
        }

        @Override
        public void close() {
            lp.delete();
        }
    }
}
