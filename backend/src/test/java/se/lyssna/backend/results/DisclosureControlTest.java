package se.lyssna.backend.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.results.disclosure.Scope;
import se.lyssna.backend.results.disclosure.Cell;
import se.lyssna.backend.results.disclosure.CellKey;
import se.lyssna.backend.results.disclosure.DisclosureControl;
import se.lyssna.backend.results.disclosure.Reason;
import se.lyssna.backend.results.disclosure.Relation;

/** The suppression rules on small hand-made tables (threshold 5). */
class DisclosureControlTest {
    private static final int T = 5;

    private static Cell n(String scope, String group, int n) {
        return Cell.respondents(Scope.parse(scope), group, n);
    }

    private static CellKey key(String scope, String group) {
        return new CellKey(scope, group, CellKey.RESPONDENTS);
    }

    private static Relation breakdown(String scope, String... groups) {
        List<CellKey> parts = new ArrayList<>();
        for (String g : groups) {
            parts.add(key(scope, g));
        }
        return new Relation(key(scope, "all"), parts, Relation.Kind.BREAKDOWN, false, false);
    }

    private static Map<CellKey, Cell> protect(List<Relation> relations, Cell... cells) {
        return new DisclosureControl(T, List.of(cells)).protect(relations);
    }

    /** What a reader can do with one relation: subtract visible parts; fails if a single hidden part is left. */
    private static void assertNoRecovery(Map<CellKey, Cell> cells, List<Relation> relations) {
        for (Relation r : relations) {
            Cell total = cells.get(r.total());
            if (total.hidden()) {
                assertThat(r.parts().stream().map(cells::get).anyMatch(c -> c.hidden() && c.size() > 0))
                        .as("hidden total %s is not the sum of visible parts", r.total()).isTrue();
                continue;
            }
            List<Cell> hidden = r.parts().stream().map(cells::get).filter(Cell::hidden).toList();
            int residual = hidden.stream().mapToInt(Cell::size).sum();
            if (residual > 0) {
                assertThat(residual).as("residual of %s", r.total()).isGreaterThanOrEqualTo(T);
                assertThat(hidden.stream().filter(c -> c.size() > 0).count()).as("hidden parts of %s", r.total())
                        .isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void primary_groupUnderThreshold_isTooFewAnswers() {
        Map<CellKey, Cell> cells = protect(List.of(), n("unit:a", "all", 4), n("unit:b", "all", 5));
        assertThat(cells.get(key("unit:a", "all")).reason()).isEqualTo(Reason.TOO_FEW_ANSWERS);
        assertThat(cells.get(key("unit:b", "all")).hidden()).isFalse();
    }

    @Test
    void breakdown_oneSmallGroup_hidesTheNextSmallestToo() {
        List<Relation> relations = List.of(breakdown("unit:a", "g=girl", "g=boy", "g=other"));
        Map<CellKey, Cell> cells = protect(relations, n("unit:a", "all", 24), n("unit:a", "g=girl", 12),
                n("unit:a", "g=boy", 10), n("unit:a", "g=other", 2));
        assertThat(cells.get(key("unit:a", "g=other")).reason()).isEqualTo(Reason.TOO_FEW_ANSWERS);
        assertThat(cells.get(key("unit:a", "g=boy")).reason()).isEqualTo(Reason.PROTECTS_ANOTHER_FIGURE);
        assertThat(cells.get(key("unit:a", "g=girl")).hidden()).isFalse();
        assertNoRecovery(cells, relations);
    }

    @Test
    void breakdown_nearlyEveryoneInOneGroup_isAllAlike() {
        List<Relation> relations = List.of(breakdown("unit:a", "g=girl", "g=boy"));
        Map<CellKey, Cell> cells = protect(relations, n("unit:a", "all", 9), n("unit:a", "g=girl", 9),
                n("unit:a", "g=boy", 0));
        assertThat(cells.get(key("unit:a", "g=girl")).reason()).isEqualTo(Reason.ALL_ANSWERED_ALIKE);
        assertThat(cells.get(key("unit:a", "all")).hidden()).isFalse();
    }

    @Test
    void municipality_minusVisibleHomes_cannotRevealASmallHome() {
        Relation municipality = new Relation(key("municipality:m", "all"),
                List.of(key("own:m", "all"), key("unit:a", "all"), key("unit:b", "all"), key("unit:c", "all")),
                Relation.Kind.MUNICIPALITY, false, false);
        Map<CellKey, Cell> cells = protect(List.of(municipality), n("municipality:m", "all", 22), n("own:m", "all", 0),
                n("unit:a", "all", 12), n("unit:b", "all", 8), n("unit:c", "all", 2));
        assertThat(cells.get(key("unit:c", "all")).reason()).isEqualTo(Reason.TOO_FEW_ANSWERS);
        assertThat(cells.get(key("unit:b", "all")).reason()).isEqualTo(Reason.PROTECTS_ANOTHER_FIGURE);
        assertThat(cells.get(key("unit:a", "all")).hidden()).isFalse();
        assertNoRecovery(cells, List.of(municipality));
    }

    @Test
    void municipality_smallOwnResponses_areProtectedLikeAHiddenHome() {
        Relation municipality = new Relation(key("municipality:m", "all"),
                List.of(key("own:m", "all"), key("unit:a", "all"), key("unit:b", "all")),
                Relation.Kind.MUNICIPALITY, false, false);
        Map<CellKey, Cell> cells = protect(List.of(municipality), n("municipality:m", "all", 23),
                n("own:m", "all", 3), n("unit:a", "all", 12), n("unit:b", "all", 8));
        assertThat(cells.get(key("unit:b", "all")).reason()).isEqualTo(Reason.PROTECTS_ANOTHER_FIGURE);
    }

    @Test
    void nation_oneSmallMunicipality_hidesAnother() {
        Relation nation = new Relation(key("nation:SE", "all"), List.of(key("municipality:m1", "all"),
                key("municipality:m2", "all"), key("municipality:m3", "all")), Relation.Kind.NATION, false, false);
        Map<CellKey, Cell> cells = protect(List.of(nation), n("nation:SE", "all", 60), n("municipality:m1", "all", 3),
                n("municipality:m2", "all", 20), n("municipality:m3", "all", 37));
        assertThat(cells.get(key("municipality:m2", "all")).reason()).isEqualTo(Reason.PROTECTS_ANOTHER_FIGURE);
        assertNoRecovery(cells, List.of(nation));
    }

    @Test
    void hiddenGroup_isNeverBrokenDown() {
        Relation home = new Relation(key("municipality:m", "all"), List.of(key("unit:a", "all"), key("unit:b", "all"),
                key("unit:c", "all")), Relation.Kind.MUNICIPALITY, false, false);
        Relation genders = breakdown("unit:b", "g=girl", "g=boy");
        Map<CellKey, Cell> cells = protect(List.of(home, genders), n("municipality:m", "all", 32),
                n("unit:a", "all", 20), n("unit:b", "all", 10), n("unit:c", "all", 2), n("unit:b", "g=girl", 5),
                n("unit:b", "g=boy", 5));
        assertThat(cells.get(key("unit:b", "all")).hidden()).isTrue();
        assertThat(cells.get(key("unit:b", "g=girl")).hidden()).isTrue();
        assertThat(cells.get(key("unit:b", "g=boy")).hidden()).isTrue();
    }

    private static Cell item(String scope, String group, int... counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        int sum = 0;
        for (int i = 0; i < counts.length; i++) {
            map.put("o" + i, counts[i]);
            sum += counts[i];
        }
        return new Cell(new CellKey(scope, group, "item:q"), sum, map, null, false);
    }

    @Test
    void distribution_allButFewerThanThresholdAlike_isHidden() {
        DisclosureControl control = new DisclosureControl(T, List.of(item("unit:a", "all", 9, 1, 0),
                item("unit:b", "all", 6, 5, 4)));
        Map<CellKey, Cell> cells = control.protect(List.of());
        assertThat(cells.get(new CellKey("unit:a", "all", "item:q")).reason()).isEqualTo(Reason.ALL_ANSWERED_ALIKE);
        assertThat(cells.get(new CellKey("unit:b", "all", "item:q")).hidden()).isFalse();
        assertThat(control.dominated(Map.of("a", 10))).isTrue();
        assertThat(control.dominated(Map.of("a", 5, "b", 5))).isFalse();
    }

    @Test
    void itemAcrossGroups_hiddenItemCannotBeSubtractedFromTheTotal() {
        Relation relation = new Relation(new CellKey("unit:a", "all", "item:q"), List.of(
                new CellKey("unit:a", "g=girl", "item:q"), new CellKey("unit:a", "g=boy", "item:q")),
                Relation.Kind.BREAKDOWN, false, false);
        Map<CellKey, Cell> cells = new DisclosureControl(T, List.of(item("unit:a", "all", 6, 5, 4),
                item("unit:a", "g=girl", 4, 4, 3), item("unit:a", "g=boy", 2, 1, 1))).protect(List.of(relation));
        assertThat(cells.get(new CellKey("unit:a", "g=boy", "item:q")).reason()).isEqualTo(Reason.TOO_FEW_ANSWERS);
        assertThat(cells.get(new CellKey("unit:a", "g=girl", "item:q")).reason())
                .isEqualTo(Reason.PROTECTS_ANOTHER_FIGURE);
    }
}
