package se.lyssna.backend.results.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Disclosure control driven by the audit: the fast heuristic ({@link DisclosureControl}) first, then, while the
 * audit finds a hidden number still too narrow or a group all alike, hide the cheapest published figure that shares a
 * relation or bound with it (fewest children behind it; a group's respondent count, which hides the whole group,
 * costs the most), let the heuristic repair what that implies, and audit again. Hiding only widens ranges, and with
 * everything hidden every range is what codes issued allow, so this ends; a round is only published with a passing
 * audit.
 */
public final class AuditedProtection {
    private static final int MAX_ROUNDS = 60;

    /** The protected figures, the last audit, and how many figures the audit-driven step hid. */
    public record Outcome(Map<CellKey, Cell> cells, DisclosureAudit.Result audit, int rounds, int hiddenByAudit) {
    }

    private AuditedProtection() {
    }

    /**
     * With {@code auditDriven} false only the heuristic runs and the audit just reports (tests show its teeth);
     * {@code lpSeconds} bounds the time of all the audits' linear programs together (0: bound propagation alone,
     * fast, for many rounds in tests); what they do not reach in time is reported as unproven.
     */
    public static Outcome protect(int threshold, List<Cell> all, List<Relation> relations,
                                  Iterable<Bound> bounds,
                                  Map<Scope, Integer> codes, Map<String, Publication.BinarySplit> splits,
                                  boolean auditDriven, double lpSeconds) {
        // One time budget for all the programs of this protection, from the first program on, however many audit
        // rounds it takes.
        long[] deadline = {0};
        DisclosureControl control = new DisclosureControl(threshold, all);
        // What the reader knows is the same whatever is hidden: compiled once, read again in every audit round (the
        // cells are the same objects throughout, hidden in place). It reads no figure's hiding, so it is compiled on
        // a second core while the heuristic hides.
        CompletableFuture<ReaderModel.Structure> compiling = CompletableFuture.supplyAsync(() ->
                new ReaderModel.Structure(new Publication(threshold, control.cells(), relations, bounds, codes,
                        splits)));
        Map<CellKey, Cell> cells = control.protect(relations);
        ReaderModel.Structure structure = compiling.join();
        if (!auditDriven) {
            return new Outcome(cells, lpSeconds > 0 ? DisclosureAudit.audit(structure, start(deadline, lpSeconds))
                    : DisclosureAudit.propagate(structure), 1, 0);
        }
        // The loop runs on propagation (fast, every finding real), each round from the last round's bounds where
        // nothing hidden since leads to them; the programs then look for what it missed.
        // The last round's model, and the one before it, whose arrays the next model takes over.
        ReaderModel[] earlier = {null, null};
        Supplier<DisclosureAudit.Result> audit = () -> {
            ReaderModel model = new ReaderModel(structure, earlier[1]);
            DisclosureAudit.Result quick = DisclosureAudit.propagate(model, earlier[0]);
            earlier[1] = earlier[0];
            earlier[0] = model;
            return quick.passes() && lpSeconds > 0 ? DisclosureAudit.audit(structure, start(deadline, lpSeconds))
                    : quick;
        };
        DisclosureAudit.Result result = audit.get();
        Neighbours neighbours = new Neighbours(structure, codes);
        int rounds = 1;
        int hidden = 0;
        while (!result.passes() && rounds < MAX_ROUNDS) {
            Set<CellKey> chosen = new LinkedHashSet<>();
            neighbours.nextRound();
            for (DisclosureAudit.Finding finding : rootsFirst(result.findings(), structure)) {
                cheapest(finding, threshold, cells, neighbours).ifPresent(chosen::add);
            }
            if (chosen.isEmpty()) {
                break;
            }
            chosen.forEach(control::hideMore);
            hidden += chosen.size();
            control.protect(relations);
            result = audit.get();
            rounds++;
        }
        return new Outcome(cells, result, rounds, hidden);
    }

    /**
     * The findings to repair first: about how many children a group has before those about its answers, and about
     * published (hidden) figures before those never published. A pinned size pins every figure of its group (an
     * empty group's answers are all zero), and a pinned municipality figure pins the never published figures of its
     * units; repairing the root repairs its consequences, where hiding a neighbour for each consequence would hide
     * figures that never needed it.
     */
    private static List<DisclosureAudit.Finding> rootsFirst(List<DisclosureAudit.Finding> findings,
                                                            ReaderModel.Structure cells) {
        for (int tier = 0; tier < 4; tier++) {
            List<DisclosureAudit.Finding> found = tier(findings, cells, tier);
            if (!found.isEmpty()) {
                if (tier == 0) {
                    // Published figures of groups whose size is not pinned are roots of their own: repairing them
                    // in the same round saves a full audit each.
                    Set<CellKey.Group> pinned = new HashSet<>();
                    found.forEach(f -> pinned.add(f.cell().groupRef()));
                    List<DisclosureAudit.Finding> more = new ArrayList<>(found);
                    tier(findings, cells, 2).stream().filter(f -> !pinned.contains(f.cell().groupRef()))
                            .forEach(more::add);
                    return more;
                }
                return found;
            }
        }
        return findings;
    }

    private static List<DisclosureAudit.Finding> tier(List<DisclosureAudit.Finding> findings,
                                                      ReaderModel.Structure cells, int tier) {
        boolean sizes = tier < 2;
        boolean published = tier % 2 == 0;
        return findings.stream()
                .filter(f -> (f.cell().isRespondents() && f.kind() == DisclosureAudit.Kind.NARROW) == sizes
                        && !cells.cells[cells.cellOf(f.cell())].unpublished() == published).toList();
    }

    private static long start(long[] deadline, double seconds) {
        if (deadline[0] == 0) {
            deadline[0] = System.nanoTime() + (long) (seconds * 1e9);
        }
        return deadline[0];
    }

    /**
     * The cheapest published figure near the leak: sharing a relation or bound with it, else one step further. Of
     * figures that cost the same, the one counted first (choosing by name built two strings a comparison, and a
     * national round compares tens of millions).
     */
    private static Optional<CellKey> cheapest(DisclosureAudit.Finding finding, int threshold,
                                              Map<CellKey, Cell> cells, Neighbours neighbours) {
        CellKey leak = finding.cell();
        int figure = neighbours.structure.cellOf(leak);
        Optional<CellKey> best = neighbours.cheapestOf(neighbours.near(figure), finding, threshold);
        if (best.isPresent()) {
            return best;
        }
        best = neighbours.cheapestOf(neighbours.far(figure), finding, threshold);
        if (best.isPresent()) {
            return best;
        }
        // Nothing published nearby any more: hide the group the leak is about.
        CellKey group = leak.withMeasure(Measure.RESPONDENTS);
        Cell cell = cells.get(group);
        return cell != null && !cell.hidden() ? Optional.of(group) : Optional.empty();
    }

    /**
     * Whether hiding a figure of the same measure can widen the leak's range: only if it holds at least the missing
     * width in the leaking option. Hiding a home's zero next to a pinned zero leaves the sum of both zero, both still
     * pinned, and the next round would hide yet another; figures of other measures are judged by cost alone.
     */
    private static boolean widens(Cell candidate, DisclosureAudit.Finding finding, int threshold) {
        if (!candidate.key().measure().equals(finding.cell().measure())) {
            return true;
        }
        long missing = threshold - Math.max(0, finding.high() - finding.low() + 1);
        long mass = ReaderModel.SIZE.equals(finding.option()) ? candidate.size() : candidate.count(finding.option());
        return mass >= missing;
    }

    /**
     * What hiding a figure costs readers: the children behind it; a group's respondent count hides the whole group;
     * a figure of a whole scope (what a home's council reads first) costs more than one of a background group.
     * A first choice only: the audit checks whether it protected anything, and chooses again if not.
     */
    private static long cost(Cell cell, Map<Scope, Integer> codes) {
        long children = cell.size() + 1L;
        long weight = cell.key().group().equals(CellKey.ALL) ? 20 : 1;
        if (cell.key().isRespondents() && cell.key().group().equals(CellKey.ALL)
                && codes.getOrDefault(cell.key().scope(), Integer.MAX_VALUE) <= cell.size()) {
            // Every code used: once hidden, codes issued still pin it as soon as the others are known, so hiding it
            // rarely protects anything and starts a chain along the whole municipality.
            weight *= 50;
        }
        return (cell.key().isRespondents() ? 1000L : 1L) * weight * children;
    }

    /**
     * The figures that share a relation or bound with a figure: those with a number in one of the rows of its
     * numbers. Looked up by index when a leak needs them: a national round has two million figures.
     */
    private static final class Neighbours {
        final ReaderModel.Structure structure;
        /** Figures already collected by the current look-up: marked with its generation, never cleared. */
        private final int[] seen;
        private int generation;

        /**
         * The last figure's look-ups: the findings come figure by figure (a figure's options leak one by one, hundreds
         * of thousands of findings in the first rounds of a national close) and its neighbours are the same for
         * each. What is hidden changes only between rounds.
         */
        private int lastFigure = -1;
        private int[] lastNear;
        private int[] lastFar;

        /** What hiding each figure costs ({@link #cost}): the same in every round. */
        private final long[] costs;

        Neighbours(ReaderModel.Structure structure, Map<Scope, Integer> codes) {
            this.structure = structure;
            seen = new int[structure.cells.length];
            costs = new long[structure.cells.length];
            for (int c = 0; c < costs.length; c++) {
                costs[c] = cost(structure.cells[c], codes);
            }
        }

        void nextRound() {
            lastFigure = -1;
        }

        int[] near(int figure) {
            if (figure != lastFigure) {
                lastFigure = figure;
                lastNear = of(new int[] {figure});
                lastFar = null;
            }
            return lastNear;
        }

        /** The neighbours of its neighbours, without those. */
        int[] far(int figure) {
            int[] near = near(figure);
            if (lastFar == null) {
                lastFar = of(near);
            }
            return lastFar;
        }

        /** The neighbours of any of the figures, without the figures themselves. */
        int[] of(int[] figures) {
            generation++;
            for (int c : figures) {
                if (c >= 0) {
                    seen[c] = generation;
                }
            }
            int[] near = new int[16];
            int found = 0;
            for (int c : figures) {
                for (int k = c < 0 ? 0 : structure.base[c]; c >= 0 && k < structure.base[c + 1]; k++) {
                    for (int j = structure.ofStart[k]; j < structure.ofStart[k + 1]; j++) {
                        int r = structure.ofRow[j];
                        for (int t = structure.rowStart[r]; t < structure.rowStart[r + 1]; t++) {
                            int other = structure.cellOfNumber(structure.rowNumber[t]);
                            if (seen[other] != generation) {
                                seen[other] = generation;
                                if (found == near.length) {
                                    near = Arrays.copyOf(near, found * 2);
                                }
                                near[found++] = other;
                            }
                        }
                    }
                }
            }
            return Arrays.copyOf(near, found);
        }

        Optional<CellKey> cheapestOf(int[] figures, DisclosureAudit.Finding finding, int threshold) {
            int best = -1;
            long bestCost = 0;
            for (int c : figures) {
                Cell cell = structure.cells[c];
                if (cell.hidden()) {
                    continue;
                }
                long cost = costs[c] * (widens(cell, finding, threshold) ? 1 : 100);
                if (best < 0 || cost < bestCost || cost == bestCost && c < best) {
                    best = c;
                    bestCost = cost;
                }
            }
            return best < 0 ? Optional.empty() : Optional.of(structure.cells[best].key());
        }
    }
}
