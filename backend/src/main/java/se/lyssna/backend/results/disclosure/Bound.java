package se.lyssna.backend.results.disclosure;

import java.util.List;

/**
 * What the questionnaire's structure tells a reader besides the additive relations: {@code small ≤ large} (or
 * {@code =} when {@code equal}), each side the sum of some options of a figure, or its size when the option list is
 * empty. Examples: an item's answers ≤ the group's respondents; the options of one multiple-choice item share their
 * answers; answers to a show-if item ≤ the answers that show it.
 */
public record Bound(CellKey small, List<String> smallOptions, CellKey large, List<String> largeOptions,
                    boolean equal) {
    public Bound {
        smallOptions = List.copyOf(smallOptions);
        largeOptions = List.copyOf(largeOptions);
    }

    public static Bound atMost(CellKey small, CellKey large) {
        return new Bound(small, List.of(), large, List.of(), false);
    }
}
