package se.lyssna.backend.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.demo.SyntheticAnswers;
import se.lyssna.backend.results.disclosure.AuditedProtection;
import se.lyssna.backend.results.disclosure.Cell;
import se.lyssna.backend.results.disclosure.CellKey;

/**
 * Scopes are broken down by background only from {@link Aggregation#BREAKDOWN_FACTOR} times the threshold codes
 * issued: a small home's groups are counted but never published, and the audit still keeps them uncertain.
 */
class BreakdownRuleTest {
    private static final int T = 5;

    @Test
    void aSmallHomeIsNotBrokenDown_aLargeOneIs_andTheAuditCoversBoth() {
        List<UnitNode> units = List.of(new UnitNode("0180-hvb-small", "Liten", "hvb", "0180"),
                new UnitNode("0180-fh-large", "Stor", "familjehem", "0180"));
        Aggregation aggregation = new Aggregation(RandomRounds.QUESTIONNAIRE, units);
        SyntheticAnswers synthetic = new SyntheticAnswers(new Random(3));
        int small = 12;
        int large = Aggregation.BREAKDOWN_FACTOR * T + 10;
        for (int i = 0; i < small + large; i++) {
            Map<String, List<String>> answers = synthetic.answer(RandomRounds.QUESTIONNAIRE, 0.6);
            aggregation.add(new Respondent(i < small ? "0180-hvb-small" : "0180-fh-large",
                    Map.of("gender", i % 2 == 0 ? "girl" : "boy"), answers));
        }
        Map<String, Integer> issued = Map.of("0180-hvb-small", small + 3, "0180-fh-large", large + 5);

        AuditedProtection.Outcome outcome = aggregation.protect(T, issued, true, 0);

        List<Cell> smallGroups = groupsOf(outcome, "unit:0180-hvb-small");
        List<Cell> largeGroups = groupsOf(outcome, "unit:0180-fh-large");
        assertThat(smallGroups).as("counted, so the audit reasons about them").isNotEmpty()
                .allMatch(Cell::unpublished);
        assertThat(largeGroups).as("a large family-home unit is broken down").noneMatch(Cell::unpublished);
        assertThat(outcome.cells().get(new CellKey("unit:0180-hvb-small", CellKey.ALL, CellKey.RESPONDENTS))
                .unpublished()).as("the small home's whole is published").isFalse();
        assertThat(outcome.audit().findings()).isEmpty();
    }

    private static List<Cell> groupsOf(AuditedProtection.Outcome outcome, String scope) {
        return outcome.cells().values().stream()
                .filter(c -> c.key().scope().key().equals(scope) && !c.key().group().equals(CellKey.ALL)).toList();
    }
}
