package se.lyssna.backend.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.demo.SyntheticAnswers;
import se.lyssna.backend.results.disclosure.Cell;
import se.lyssna.backend.results.disclosure.CellKey;
import se.lyssna.backend.results.disclosure.DisclosureControl;
import se.lyssna.backend.results.disclosure.Reason;
import se.lyssna.backend.results.disclosure.Relation;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireCatalog;

/**
 * A full audit, across every additive relation at once: a reader who knows every published figure and every way
 * figures add up solves the linear system for the hidden ones. The test fails if any hidden figure about fewer
 * children than the threshold (or a distribution hidden because nearly all answered alike) is exactly determined
 * with a value above zero. It runs on many random rounds: small homes, municipalities with one or several homes,
 * own municipal responses, and every breakdown.
 */
class DisclosureAuditTest {
    private static final Questionnaire QUESTIONNAIRE = QuestionnaireCatalog.fromClasspath()
            .find("national-13-17", "2026.1").orElseThrow();
    /** The audited measures: respondent counts, and distributions of a single-choice and a multiple-choice item. */
    private static final Set<String> MEASURES = Set.of(CellKey.RESPONDENTS, "item:try-safe-home",
            "item:del-sw-topics#school");

    @Test
    void noHiddenFigureCanBeSolvedFromThePublishedOnes_inRandomRounds() {
        List<String> recovered = new ArrayList<>();
        for (int seed = 0; seed < 25; seed++) {
            recovered.addAll(audit(new Random(seed), seed % 2 == 0 ? 5 : 3));
        }
        assertThat(recovered).as("hidden figures a reader can solve for").isEmpty();
    }

    @Test
    void theAuditHasTeeth_primarySuppressionAloneIsCaughtLeaking() {
        List<String> recovered = new ArrayList<>();
        for (int seed = 0; seed < 5; seed++) {
            recovered.addAll(audit(new Random(seed), 5, false));
        }
        assertThat(recovered).as("without complementary suppression, subtraction recovers hidden figures")
                .isNotEmpty();
    }

    private static List<String> audit(Random random, int threshold) {
        return audit(random, threshold, true);
    }

    private static List<String> audit(Random random, int threshold, boolean complementary) {
        List<UnitNode> units = new ArrayList<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        String[] municipalities = {"0180", "1480", "2584"};
        for (String municipality : municipalities) {
            int homes = 1 + random.nextInt(3);
            for (int h = 0; h < homes; h++) {
                String code = municipality + "-hvb-" + h;
                units.add(new UnitNode(code, code, "hvb", municipality));
                sizes.put(code, 1 + random.nextInt(14));
            }
            if (random.nextBoolean()) {
                units.add(new UnitNode(municipality, municipality, "municipality", null));
                sizes.put(municipality, 1 + random.nextInt(6));
            }
        }
        Aggregation aggregation = new Aggregation(QUESTIONNAIRE, units);
        SyntheticAnswers synthetic = new SyntheticAnswers(random);
        sizes.forEach((unit, n) -> {
            for (int i = 0; i < n; i++) {
                aggregation.add(respondent(unit, synthetic.answer(QUESTIONNAIRE, 0.4 + random.nextDouble() * 0.5)));
            }
        });
        List<Cell> cells = aggregation.cells();
        List<Relation> relations = aggregation.relations();
        Map<CellKey, Cell> protectedCells = new DisclosureControl(threshold, cells)
                .protect(complementary ? relations : List.of());
        return solvable(protectedCells.values(), relations, threshold);
    }

    private static Respondent respondent(String unit, Map<String, List<String>> answers) {
        Map<String, String> background = new HashMap<>();
        QUESTIONNAIRE.background().forEach(item -> item.background().ifPresent(variable -> {
            List<String> value = answers.get(item.id());
            if (value != null) {
                background.put(variable, value.get(0));
            }
        }));
        return new Respondent(unit, background, answers);
    }

    /** Hidden sensitive figures that the published figures and the relations pin down to one value above zero. */
    private static List<String> solvable(Collection<Cell> cells, List<Relation> relations, int threshold) {
        Map<CellKey, Cell> byKey = new HashMap<>();
        cells.forEach(c -> byKey.put(c.key(), c));
        List<String> found = new ArrayList<>();
        for (String measure : MEASURES) {
            Set<String> components = new LinkedHashSet<>();
            cells.stream().filter(c -> c.key().measure().equals(measure))
                    .forEach(c -> components.addAll(c.isDistribution() ? c.counts().keySet() : Set.of("#")));
            for (String component : components) {
                found.addAll(solvable(byKey, relations, measure, component));
            }
        }
        return found;
    }

    private static List<String> solvable(Map<CellKey, Cell> cells, List<Relation> relations, String measure,
                                         String component) {
        Map<CellKey, Integer> unknown = new LinkedHashMap<>();
        cells.values().stream().filter(c -> c.key().measure().equals(measure))
                .filter(c -> c.hidden() || c.unpublished()).forEach(c -> unknown.put(c.key(), unknown.size()));
        List<double[]> rows = new ArrayList<>();
        for (Relation relation : relations) {
            if (!relation.total().measure().equals(measure) || relation.binary() || relation.overlapping()) {
                continue;
            }
            double[] row = new double[unknown.size()];
            boolean any = add(row, unknown, relation.total(), 1);
            for (CellKey part : relation.parts()) {
                any |= add(row, unknown, part, -1);
            }
            if (any) {
                rows.add(row);
            }
        }
        boolean[] determined = determined(rows, unknown.size());
        List<String> found = new ArrayList<>();
        unknown.forEach((key, index) -> {
            Cell cell = cells.get(key);
            boolean sensitive = cell.reason() == Reason.TOO_FEW_ANSWERS || cell.reason() == Reason.ALL_ANSWERED_ALIKE;
            int value = "#".equals(component) ? cell.size() : cell.counts().getOrDefault(component, 0);
            if (sensitive && determined[index] && value > 0) {
                found.add(key + (component.equals("#") ? "" : "[" + component + "]") + "=" + value);
            }
        });
        return found;
    }

    private static boolean add(double[] row, Map<CellKey, Integer> unknown, CellKey key, int sign) {
        Integer index = unknown.get(key);
        if (index != null) {
            row[index] += sign;
            return true;
        }
        return false;
    }

    /** Gauss-Jordan elimination: a variable is determined when its pivot row has no free variable in it. */
    private static boolean[] determined(List<double[]> rows, int columns) {
        double[][] m = rows.toArray(new double[0][]);
        int[] pivotOfRow = new int[m.length];
        int rank = 0;
        for (int col = 0; col < columns && rank < m.length; col++) {
            int best = rank;
            for (int r = rank + 1; r < m.length; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[best][col])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][col]) < 1e-9) {
                continue;
            }
            double[] swap = m[rank];
            m[rank] = m[best];
            m[best] = swap;
            double pivot = m[rank][col];
            for (int c = 0; c < columns; c++) {
                m[rank][c] /= pivot;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][col]) > 1e-12) {
                    double factor = m[r][col];
                    for (int c = 0; c < columns; c++) {
                        m[r][c] -= factor * m[rank][c];
                    }
                }
            }
            pivotOfRow[rank] = col;
            rank++;
        }
        boolean[] isPivot = new boolean[columns];
        for (int r = 0; r < rank; r++) {
            isPivot[pivotOfRow[r]] = true;
        }
        boolean[] determined = new boolean[columns];
        for (int r = 0; r < rank; r++) {
            boolean onlyPivot = true;
            for (int c = 0; c < columns; c++) {
                if (!isPivot[c] && Math.abs(m[r][c]) > 1e-9) {
                    onlyPivot = false;
                    break;
                }
            }
            determined[pivotOfRow[r]] = onlyPivot;
        }
        return determined;
    }
}
