package se.lyssna.definitions;

/**
 * How one item ID fares between two versions.
 *
 * @param itemId        the item ID
 * @param comparability whether its answers can be trended
 * @param reason        why, in plain words (e.g. "declared wording revision: simpler words")
 */
public record ItemComparison(String itemId, Comparability comparability, String reason) {

    public boolean isComparable() {
        return comparability == Comparability.COMPARABLE;
    }
}
