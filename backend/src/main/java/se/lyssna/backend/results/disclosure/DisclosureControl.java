package se.lyssna.backend.results.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which figures of a round may be published (see docs/disclosure-control.md). Pure Java, so the rules can
 * be tested on hand-made tables.
 *
 * <ol>
 *   <li>Primary: a figure about fewer than {@code threshold} respondents is hidden (too few answers); a
 *       distribution where fewer than {@code threshold} answers lie outside its largest option is hidden (all
 *       answered alike). A hidden group hides every figure about it.</li>
 *   <li>Complementary: for every additive relation (breakdowns, municipality = own + homes, nation =
 *       municipalities, area = items) what a reader can compute from the visible figures, the hidden residual, must
 *       be empty or itself safe: about at least {@code threshold} respondents, not all alike, and not a single
 *       suppressed figure. A hidden total must not be the sum of visible parts. Otherwise the smallest visible part
 *       is hidden too, until every relation holds. Hiding only ever grows residuals, so this ends.</li>
 * </ol>
 */
public final class DisclosureControl {
    private final int threshold;
    private final Map<CellKey, Cell> cells = new LinkedHashMap<>();
    private final Map<String, List<Cell>> byGroup = new HashMap<>();
    /** Cells hidden since the worklist last looked: the relations they sit in must be checked again. */
    private final List<Cell> newlyHidden = new ArrayList<>();
    /** Each relation with its figures looked up once, by the figures it touches (a figure is one object). */
    private Map<Cell, List<Linked>> relationsOf;

    /** A relation and its figures: the parts that exist and can hold anyone (an empty own part protects nothing). */
    private record Linked(Relation relation, Cell total, List<Cell> parts) {
    }

    public DisclosureControl(int threshold, Collection<Cell> all) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be positive");
        }
        this.threshold = threshold;
        for (Cell cell : all) {
            cells.put(cell.key(), cell);
            byGroup.computeIfAbsent(cell.key().groupRef(), k -> new ArrayList<>()).add(cell);
        }
    }

    /** Every figure, in the order given, whether hidden yet or not. */
    public Map<CellKey, Cell> cells() {
        return Collections.unmodifiableMap(cells);
    }

    /**
     * Applies every rule; afterwards each cell's {@link Cell#reason()} says whether and why it is hidden. A worklist
     * of relations: a relation is checked again only when one of its figures was hidden since its last check, so a
     * national round costs about one look per relation and cascade step instead of full passes until nothing moves.
     */
    public Map<CellKey, Cell> protect(List<Relation> relations) {
        if (relationsOf == null) {
            relationsOf = new IdentityHashMap<>();
            ArrayDeque<Linked> all = new ArrayDeque<>();
            for (Relation relation : relations) {
                Cell total = cells.get(relation.total());
                if (total == null) {
                    continue;
                }
                List<Cell> parts = new ArrayList<>();
                for (CellKey key : relation.parts()) {
                    Cell part = cells.get(key);
                    if (part != null && !(part.unpublished() && part.size() == 0)) {
                        parts.add(part);
                    }
                }
                Linked linked = new Linked(relation, total, parts);
                all.add(linked);
                link(total, linked);
                // Every part, even an empty own part: hiding it is news to the relation's check.
                relation.parts().stream().map(cells::get).filter(p -> p != null).forEach(p -> link(p, linked));
            }
            primary();
            repair(all);
        } else {
            // Again after the audit hid more: only the relations of what it hid can have changed.
            repair(new ArrayDeque<>());
        }
        return cells;
    }

    private void link(Cell cell, Linked linked) {
        relationsOf.computeIfAbsent(cell, k -> new ArrayList<>(2)).add(linked);
    }

    private void repair(ArrayDeque<Linked> queue) {
        Set<Linked> queued = Collections.newSetFromMap(new IdentityHashMap<>());
        queued.addAll(queue);
        enqueueNewlyHidden(queue, queued);
        while (!queue.isEmpty()) {
            Linked relation = queue.poll();
            queued.remove(relation);
            boolean repaired = true;
            while (repaired) {
                repaired = fix(relation);
            }
            enqueueNewlyHidden(queue, queued);
        }
    }

    private void enqueueNewlyHidden(ArrayDeque<Linked> queue, Set<Linked> queued) {
        for (Cell cell : newlyHidden) {
            for (Linked touched : relationsOf.getOrDefault(cell, List.of())) {
                if (queued.add(touched)) {
                    queue.add(touched);
                }
            }
        }
        newlyHidden.clear();
    }

    private void primary() {
        for (Cell cell : cells.values()) {
            if (cell.size() < threshold) {
                hide(cell, Reason.TOO_FEW_ANSWERS);
            } else if (cell.isDistribution() && dominated(cell.counts())) {
                hide(cell, Reason.ALL_ANSWERED_ALIKE);
            }
        }
    }

    /** Fewer than {@code threshold} answers outside the largest option: each child's answer is (nearly) known. */
    public boolean dominated(Map<String, Integer> counts) {
        int sum = 0;
        int max = 0;
        for (int count : counts.values()) {
            sum += count;
            max = Math.max(max, count);
        }
        return sum > 0 && sum - max < threshold;
    }

    /** Makes one repair if the relation lets a reader recover a hidden figure; returns whether it did. */
    private boolean fix(Linked linked) {
        Relation relation = linked.relation();
        Cell total = linked.total();
        List<Cell> parts = linked.parts();
        if (parts.isEmpty()) {
            return false;
        }
        if (relation.splitsChildren() && total.key().isRespondents() && !total.hidden()) {
            // All (or all but a few) children of the group in one category tells each child's background.
            for (Cell part : parts) {
                if (!part.hidden() && part.size() > total.size() - threshold) {
                    hide(part, Reason.ALL_ANSWERED_ALIKE);
                    return true;
                }
            }
        }
        if (relation.splitsChildren() && total.key().isRespondents() && total.hidden()) {
            // A hidden group is never broken down: its parts would bound or add up to it.
            for (Cell part : parts) {
                if (!part.hidden()) {
                    hide(part, Reason.PROTECTS_ANOTHER_FIGURE);
                    return true;
                }
            }
            return false;
        }
        // Hidden parts that are really empty protect nothing: a reader may well guess they are empty.
        List<Cell> hidden = parts.stream().filter(p -> p.hidden() && size(p, relation) > 0).toList();
        List<Cell> visible = parts.stream().filter(p -> !p.hidden() && size(p, relation) > 0)
                .sorted(Comparator.comparingInt((Cell p) -> size(p, relation)).thenComparing(Cell::key)).toList();
        if (total.hidden()) {
            if (hidden.isEmpty() && !visible.isEmpty()) {
                hide(visible.get(0), Reason.PROTECTS_ANOTHER_FIGURE);
                return true;
            }
            return false;
        }
        if (residualSafe(hidden, relation)) {
            return false;
        }
        if (!visible.isEmpty()) {
            hide(visible.get(0), Reason.PROTECTS_ANOTHER_FIGURE);
            return true;
        }
        if (parts.size() >= 2) {
            // Every part is hidden: the residual is the (visible) total itself, and no part can be told apart.
            return false;
        }
        hide(total, Reason.PROTECTS_ANOTHER_FIGURE);
        return true;
    }

    private boolean residualSafe(List<Cell> hidden, Relation relation) {
        int size = 0;
        Map<String, Integer> residual = new LinkedHashMap<>();
        for (Cell part : hidden) {
            int partSize = size(part, relation);
            size = relation.overlapping() ? Math.max(size, partSize) : size + partSize;
            Map<String, Integer> vector = relation.binary() ? part.binary() : part.counts();
            if (vector != null) {
                vector.forEach((option, count) -> residual.merge(option, count, Integer::sum));
            }
        }
        int answers = residual.values().stream().mapToInt(Integer::intValue).sum();
        if (size == 0 && answers == 0) {
            return true;
        }
        if (size < threshold || dominated(residual)) {
            return false;
        }
        // A single suppressed figure would be recovered exactly; an unpublished own part that is itself safe may be.
        return !(hidden.size() == 1 && hidden.get(0).reason() != null);
    }

    private static int size(Cell cell, Relation relation) {
        if (relation.binary()) {
            return cell.binary() == null ? 0 : cell.binary().values().stream().mapToInt(Integer::intValue).sum();
        }
        return cell.size();
    }

    /** Hides one more figure (the audit's choice) with what it implies for its group. */
    public void hideMore(CellKey key) {
        hide(cells.get(key), Reason.AUDIT);
    }

    private void hide(Cell cell, Reason reason) {
        hideOne(cell, reason);
        if (cell.key().isRespondents()) {
            Reason forFigures = reason == Reason.ALL_ANSWERED_ALIKE ? Reason.PROTECTS_ANOTHER_FIGURE : reason;
            for (Cell other : byGroup.getOrDefault(cell.key().groupRef(), List.of())) {
                hideOne(other, forFigures);
            }
        }
    }

    private void hideOne(Cell cell, Reason reason) {
        if (cell.reason() == null) {
            cell.hide(reason);
            newlyHidden.add(cell);
        }
    }
}
