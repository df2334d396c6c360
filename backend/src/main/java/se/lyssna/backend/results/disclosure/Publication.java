package se.lyssna.backend.results.disclosure;

import java.util.List;
import java.util.Map;

/**
 * Everything a reader of a round's publication has, for the audit: every figure (a hidden one only as "hidden"), the
 * additive relations, the structural bounds (read once, so they may be made as they are read: a national round has
 * millions), and the codes issued per scope (public, and an upper bound on its
 * respondents: staff know how many children a unit has).
 */
public record Publication(int threshold, Map<CellKey, Cell> cells, List<Relation> relations, Iterable<Bound> bounds,
                          Map<Scope, Integer> codesIssued, Map<String, BinarySplit> binarySplits) {

    /** Which options of an area-indexed item count as positive, and which as other real answers. */
    public record BinarySplit(List<String> positive, List<String> other) {
    }
}
