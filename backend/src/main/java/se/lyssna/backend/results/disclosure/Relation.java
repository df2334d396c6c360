package se.lyssna.backend.results.disclosure;

import java.util.List;

/**
 * An additive relation a reader can subtract along: {@code total = sum(parts)}, for one measure.
 *
 * @param total       the whole (a unit's total, a municipality, the nation, an area index)
 * @param parts       the pieces that add up to it
 * @param kind        what it links (for messages and tests)
 * @param binary      compare parts by their positive/other split (items within an area index)
 * @param overlapping parts share respondents (items of one group): size of a residual is the largest part's
 */
public record Relation(CellKey total, List<CellKey> parts, Kind kind, boolean binary, boolean overlapping) {

    public enum Kind {
        /** A group's total and its breakdown by one background variable. */
        BREAKDOWN,
        /** A municipality and its care units plus its own (unpublished) responses. */
        MUNICIPALITY,
        /** The nation and its municipalities. */
        NATION,
        /** An area index and the items it is computed from. */
        AREA,
        /** A figure for all ages and the same figure in each age band's own table. */
        BAND
    }

    /** Whether the parts split the total's children into disjoint groups by something about them (background, age). */
    public boolean splitsChildren() {
        return kind == Kind.BREAKDOWN || kind == Kind.BAND;
    }

    public Relation {
        parts = List.copyOf(parts);
    }
}
