package se.lyssna.definitions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The difference between two versions of one questionnaire, item ID by item ID, made by {@link QuestionnaireDiff}.
 * The backend asks it which items can be trended between two rounds.
 *
 * @param key         the questionnaire key
 * @param fromVersion the older version
 * @param toVersion   the newer version
 * @param items       every item ID of either version: the newer version's in order, then the removed ones
 * @param violations  changes that break the rules, such as an undeclared text change under a kept ID
 */
public record DiffResult(String key, String fromVersion, String toVersion, List<ItemComparison> items,
                         List<Violation> violations) {

    public DiffResult {
        items = List.copyOf(items);
        violations = List.copyOf(violations);
    }

    /** The item IDs whose answers can be trended from {@link #fromVersion()} to {@link #toVersion()}. */
    public Set<String> comparableItemIds() {
        Set<String> ids = new LinkedHashSet<>();
        items.stream().filter(ItemComparison::isComparable).forEach(c -> ids.add(c.itemId()));
        return ids;
    }

    public boolean isComparable(String itemId) {
        return item(itemId).map(ItemComparison::isComparable).orElse(false);
    }

    public Optional<ItemComparison> item(String itemId) {
        return items.stream().filter(c -> c.itemId().equals(itemId)).findFirst();
    }

    public List<ItemComparison> withComparability(Comparability comparability) {
        return items.stream().filter(c -> c.comparability() == comparability).toList();
    }
}
