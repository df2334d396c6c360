package se.lyssna.backend.results.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lyssna.backend.demo.SyntheticAnswers;
import se.lyssna.backend.results.Aggregation;
import se.lyssna.backend.results.Respondent;
import se.lyssna.backend.results.UnitNode;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireCatalog;

/**
 * The audit loop's later rounds propagate again only what is linked to the figures hidden since the last round
 * ({@link ReaderModel#propagate(ReaderModel)}). The audit is only sound if that reaches exactly the bounds a fresh
 * propagation reaches: here, over random rounds, figures are hidden a few at a time, as the loop does, and after each
 * step every bound of every number is compared with a propagation from scratch.
 */
class IncrementalPropagationTest {
    private static final Questionnaire QUESTIONNAIRE = QuestionnaireCatalog.fromClasspath()
            .find("national-13-17", "2026.1").orElseThrow();
    private static final int T = 5;

    @ParameterizedTest
    @ValueSource(longs = {3, 17, 41})
    void eachRoundReachesTheBoundsOfAFreshPropagation(long seed) {
        Random random = new Random(seed);
        List<UnitNode> units = new ArrayList<>();
        Map<String, Integer> issued = new HashMap<>();
        Aggregation aggregation = round(random, units, issued);
        Map<Scope, Integer> codes = aggregation.codesByScope(issued);
        List<Relation> relations = aggregation.relations();
        DisclosureControl control = new DisclosureControl(T, aggregation.cells(codes, T));
        Map<CellKey, Cell> cells = control.protect(relations);
        ReaderModel.Structure structure = new ReaderModel.Structure(new Publication(T, cells, relations,
                aggregation.bounds(), codes, aggregation.binarySplits()));

        ReaderModel earlier = new ReaderModel(structure);
        assertThat(earlier.propagate(null)).isTrue();
        int partial = 0;
        for (int step = 0; step < 8; step++) {
            List<CellKey> shown = cells.values().stream().filter(c -> !c.hidden()).map(Cell::key).toList();
            for (int i = 0; i < 1 + step * step && !shown.isEmpty(); i++) {
                control.hideMore(shown.get(random.nextInt(shown.size())));
            }
            control.protect(relations);

            ReaderModel incremental = new ReaderModel(structure);
            assertThat(incremental.propagate(earlier)).isTrue();
            ReaderModel fresh = new ReaderModel(structure);
            assertThat(fresh.propagate()).isTrue();
            for (int k = 0; k < structure.numbers; k++) {
                assertThat(new long[] {incremental.low(k), incremental.high(k)})
                        .as("step %d, %s[%s]", step, structure.cells[structure.cellOfNumber(k)].key(),
                                structure.optionOf(k))
                        .containsExactly(fresh.low(k), fresh.high(k));
            }
            if (incremental.restarted < incremental.size()) {
                partial++;
            }
            earlier = incremental;
        }
        // Otherwise the comparison would only show that starting everything afresh is the same as itself.
        assertThat(partial).as("steps that kept some earlier bounds").isGreaterThan(0);
    }

    /** Three municipalities of homes from 1 to 40 children, an own part each, answers of every kind. */
    static Aggregation round(Random random, List<UnitNode> units, Map<String, Integer> issued) {
        Map<String, Integer> sizes = new HashMap<>();
        for (String municipality : List.of("0180", "1480", "2584")) {
            int homes = 2 + random.nextInt(3);
            for (int h = 0; h < homes; h++) {
                String code = municipality + "-hvb-" + h;
                units.add(new UnitNode(code, code, "hvb", municipality));
                sizes.put(code, 1 + random.nextInt(h == 0 ? 40 : 12));
            }
            units.add(new UnitNode(municipality, municipality, "municipality", null));
            sizes.put(municipality, 1 + random.nextInt(8));
        }
        Aggregation aggregation = new Aggregation(QUESTIONNAIRE, units);
        SyntheticAnswers synthetic = new SyntheticAnswers(random);
        sizes.forEach((unit, n) -> {
            issued.put(unit, n + random.nextInt(4));
            for (int i = 0; i < n; i++) {
                Map<String, List<String>> answers = synthetic.answer(QUESTIONNAIRE, 0.3 + random.nextDouble() * 0.6);
                Map<String, String> background = new HashMap<>();
                QUESTIONNAIRE.background().forEach(item -> item.background().ifPresent(variable -> {
                    List<String> value = answers.get(item.id());
                    if (value != null) {
                        background.put(variable, value.get(0));
                    }
                }));
                aggregation.add(new Respondent(unit, background, answers));
            }
        });
        return aggregation;
    }
}
