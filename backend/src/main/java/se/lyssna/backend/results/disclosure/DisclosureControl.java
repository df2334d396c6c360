package se.lyssna.backend.results.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private final Map<CellKey.Group, List<Cell>> byGroup = new HashMap<>();
    /** Cells hidden since the worklist last looked: the relations they sit in must be checked again. */
    private final List<Cell> newlyHidden = new ArrayList<>();
    /** The figures in order: {@link Cell#index} is a figure's place here. */
    private final Cell[] byIndex;
    /**
     * The relations each figure sits in, figure {@code c}'s at {@code [linkStart[c], linkStart[c + 1])}: one array
     * instead of a list per figure of a national round's two million. Null until the first {@link #protect}.
     */
    private int[] linkStart;
    private Linked[] links;

    /** A relation and its figures: the parts that exist and can hold anyone (an empty own part protects nothing). */
    private static final class Linked {
        final Relation relation;
        final Cell total;
        final List<Cell> parts;
        boolean queued;

        Linked(Relation relation, Cell total, List<Cell> parts) {
            this.relation = relation;
            this.total = total;
            this.parts = parts;
        }
    }

    public DisclosureControl(int threshold, Collection<Cell> all) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be positive");
        }
        this.threshold = threshold;
        byIndex = all.toArray(new Cell[0]);
        for (int c = 0; c < byIndex.length; c++) {
            Cell cell = byIndex[c];
            cell.index = c;
            cell.key().slot = c;
            cells.put(cell.key(), cell);
            byGroup.computeIfAbsent(cell.key().groupRef(), k -> new ArrayList<>()).add(cell);
        }
    }

    /** The figure of a key, or null: by the key's slot where it points here, else by the map. */
    private Cell figure(CellKey key) {
        int slot = key.slot;
        if (slot >= 0 && slot < byIndex.length && byIndex[slot].key() == key) {
            return byIndex[slot];
        }
        return cells.get(key);
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
        if (links == null) {
            ArrayDeque<Linked> all = new ArrayDeque<>();
            linkStart = new int[byIndex.length + 1];
            List<Cell[]> touching = new ArrayList<>();
            for (Relation relation : relations) {
                Cell total = figure(relation.total());
                if (total == null) {
                    continue;
                }
                // Every part, even an empty own part: hiding it is news to the relation's check.
                Cell[] touched = new Cell[relation.parts().size() + 1];
                touched[0] = total;
                int n = 1;
                List<Cell> parts = new ArrayList<>(relation.parts().size());
                for (CellKey key : relation.parts()) {
                    Cell part = figure(key);
                    if (part != null) {
                        touched[n++] = part;
                        if (!(part.unpublished() && part.size() == 0)) {
                            parts.add(part);
                        }
                    }
                }
                all.add(new Linked(relation, total, parts));
                touching.add(Arrays.copyOf(touched, n));
                for (int i = 0; i < n; i++) {
                    linkStart[touched[i].index + 1]++;
                }
            }
            for (int c = 0; c < byIndex.length; c++) {
                linkStart[c + 1] += linkStart[c];
            }
            links = new Linked[linkStart[byIndex.length]];
            int[] fill = Arrays.copyOf(linkStart, byIndex.length);
            Iterator<Cell[]> touched = touching.iterator();
            for (Linked linked : all) {
                for (Cell cell : touched.next()) {
                    links[fill[cell.index]++] = linked;
                }
            }
            all.forEach(linked -> linked.queued = true);
            primary();
            repair(all);
        } else {
            // Again after the audit hid more: only the relations of what it hid can have changed.
            repair(new ArrayDeque<>());
        }
        return cells;
    }

    private void repair(ArrayDeque<Linked> queue) {
        enqueueNewlyHidden(queue);
        while (!queue.isEmpty()) {
            Linked relation = queue.poll();
            relation.queued = false;
            boolean repaired = true;
            while (repaired) {
                repaired = fix(relation);
            }
            enqueueNewlyHidden(queue);
        }
    }

    private void enqueueNewlyHidden(ArrayDeque<Linked> queue) {
        for (Cell cell : newlyHidden) {
            for (int l = linkStart[cell.index]; l < linkStart[cell.index + 1]; l++) {
                Linked touched = links[l];
                if (!touched.queued) {
                    touched.queued = true;
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
            } else if (cell.isDistribution() && dominated(cell)) {
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

    private boolean dominated(Cell cell) {
        int sum = 0;
        int max = 0;
        for (int i = 0; i < cell.options().size(); i++) {
            sum += cell.count(i);
            max = Math.max(max, cell.count(i));
        }
        return sum > 0 && sum - max < threshold;
    }

    /** Makes one repair if the relation lets a reader recover a hidden figure; returns whether it did. */
    private boolean fix(Linked linked) {
        Relation relation = linked.relation;
        Cell total = linked.total;
        List<Cell> parts = linked.parts;
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
        // Hidden parts that are really empty protect nothing: a reader may well guess they are empty. Only the
        // smallest visible part is ever hidden, so it is found without sorting them (a national round checks a
        // million relations, most several times).
        List<Cell> hidden = new ArrayList<>(parts.size());
        Cell smallestVisible = null;
        int smallestSize = 0;
        for (Cell part : parts) {
            int size = size(part, relation);
            if (size <= 0) {
                continue;
            }
            if (part.hidden()) {
                hidden.add(part);
            } else if (smallestVisible == null || size < smallestSize
                    || size == smallestSize && part.key().compareTo(smallestVisible.key()) < 0) {
                smallestVisible = part;
                smallestSize = size;
            }
        }
        if (total.hidden()) {
            if (hidden.isEmpty() && smallestVisible != null) {
                hide(smallestVisible, Reason.PROTECTS_ANOTHER_FIGURE);
                return true;
            }
            return false;
        }
        if (residualSafe(hidden, relation)) {
            return false;
        }
        if (smallestVisible != null) {
            hide(smallestVisible, Reason.PROTECTS_ANOTHER_FIGURE);
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
        for (Cell part : hidden) {
            int partSize = size(part, relation);
            size = relation.overlapping() ? Math.max(size, partSize) : size + partSize;
        }
        Residual residual = new Residual();
        for (Cell part : hidden) {
            if (relation.binary()) {
                residual.add(0, part.binaryCount(0));
                residual.add(1, part.binaryCount(1));
            } else {
                residual.add(part);
            }
        }
        if (size == 0 && residual.answers == 0) {
            return true;
        }
        if (size < threshold || residual.dominated(threshold)) {
            return false;
        }
        // A single suppressed figure would be recovered exactly; an unpublished own part that is itself safe may be.
        return !(hidden.size() == 1 && hidden.get(0).reason() != null);
    }

    /**
     * The answers per option a reader cannot place among the hidden parts: summed by position while the parts share
     * their option list (nearly always), by option name once one does not.
     */
    private static final class Residual {
        private List<String> options;
        private int[] byPosition = new int[2];
        private Map<String, Integer> byName;
        int answers;

        void add(int position, int count) {
            byPosition[position] += count;
            answers += count;
        }

        void add(Cell part) {
            if (byName == null && (options == null || options == part.options()
                    || options.equals(part.options()))) {
                if (options == null) {
                    options = part.options();
                    byPosition = new int[options.size()];
                }
                for (int i = 0; i < byPosition.length; i++) {
                    add(i, part.count(i));
                }
                return;
            }
            if (byName == null) {
                byName = new HashMap<>();
                for (int i = 0; i < byPosition.length; i++) {
                    byName.merge(options.get(i), byPosition[i], Integer::sum);
                }
            }
            for (int i = 0; i < part.options().size(); i++) {
                byName.merge(part.options().get(i), part.count(i), Integer::sum);
                answers += part.count(i);
            }
        }

        boolean dominated(int threshold) {
            int max = 0;
            if (byName != null) {
                for (int count : byName.values()) {
                    max = Math.max(max, count);
                }
            } else {
                for (int count : byPosition) {
                    max = Math.max(max, count);
                }
            }
            return answers > 0 && answers - max < threshold;
        }
    }

    private static int size(Cell cell, Relation relation) {
        return relation.binary() ? cell.binaryCount(0) + cell.binaryCount(1) : cell.size();
    }

    /** Hides one more figure (the audit's choice) with what it implies for its group. */
    public void hideMore(CellKey key) {
        hide(figure(key), Reason.AUDIT);
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
