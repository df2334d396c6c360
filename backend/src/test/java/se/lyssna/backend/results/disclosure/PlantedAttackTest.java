package se.lyssna.backend.results.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.demo.SyntheticAnswers;
import se.lyssna.backend.results.Aggregation;
import se.lyssna.backend.results.Respondent;
import se.lyssna.backend.results.UnitNode;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireCatalog;

/**
 * The attack of issue 11 with a ground truth we plant: 51 children in three municipalities, a home of 3 (all
 * answering "disagree" to feeling safe, at 100 % response) beside one of 11, a municipality's own part of 6, one child
 * of gender "other", a home all girls. After protection, an attacker with every published figure, the codes issued
 * and the structure solves a min and a max program for each planted secret: none is narrowed below T values (or below
 * all that codes issued allow).
 */
class PlantedAttackTest {
    private static final Questionnaire QUESTIONNAIRE = QuestionnaireCatalog.fromClasspath()
            .find("national-13-17", "2026.1").orElseThrow();
    private static final int T = 5;

    @Test
    void theAttackerRecoversNoPlantedSecret() {
        List<UnitNode> units = List.of(new UnitNode("0180-hvb-small", "Liten", "hvb", "0180"),
                new UnitNode("0180-hvb-big", "Stor", "hvb", "0180"),
                new UnitNode("0180", "Stockholm", "municipality", null),
                new UnitNode("1480-hvb-a", "A", "hvb", "1480"), new UnitNode("1480-hvb-b", "B", "hvb", "1480"),
                new UnitNode("0380-hvb-a", "C", "hvb", "0380"), new UnitNode("0380-hvb-b", "D", "hvb", "0380"));
        int[] sizes = {3, 11, 6, 8, 9, 7, 7};
        Aggregation aggregation = new Aggregation(QUESTIONNAIRE, units);
        SyntheticAnswers synthetic = new SyntheticAnswers(new Random(11));
        Map<String, Integer> issued = new HashMap<>();
        boolean otherPlanted = false;
        for (int u = 0; u < units.size(); u++) {
            String code = units.get(u).code();
            issued.put(code, sizes[u]);
            for (int i = 0; i < sizes[u]; i++) {
                Map<String, List<String>> answers = new HashMap<>(synthetic.answer(QUESTIONNAIRE, 0.6));
                Map<String, String> background = new HashMap<>();
                background.put("age-band", i % 3 == 0 ? "16-17" : "13-15");
                background.put("gender", code.equals("1480-hvb-a") ? "girl" : i % 2 == 0 ? "girl" : "boy");
                background.put("placement-form", "hvb");
                if (code.equals("0180-hvb-small")) {
                    answers.put("try-safe-home", List.of("disagree"));
                }
                if (!otherPlanted && code.equals("0380-hvb-a")) {
                    background.put("gender", "other");
                    otherPlanted = true;
                }
                aggregation.add(new Respondent(code, background, answers));
            }
        }
        AuditedProtection.Outcome outcome = aggregation.protect(T, issued, true, 30);
        assertThat(outcome.audit().findings()).isEmpty();

        Publication published = new Publication(T, outcome.cells(), aggregation.relations(), aggregation.bounds(),
                aggregation.codesByScope(issued), aggregation.binarySplits());
        ReaderModel reader = new ReaderModel(published);
        assertThat(reader.propagate()).isTrue();
        List<String> recovered = new ArrayList<>();
        attack(reader, new CellKey("unit:0180-hvb-small", "all", "respondents"), "#", recovered);
        attack(reader, new CellKey("unit:0180-hvb-small", "all", "item:try-safe-home"), "disagree", recovered);
        attack(reader, new CellKey("own:0180", "all", "respondents"), "#", recovered);
        attack(reader, new CellKey("unit:0380-hvb-a", "gender=other", "respondents"), "#", recovered);
        attack(reader, new CellKey("municipality:0380", "gender=other", "respondents"), "#", recovered);
        attack(reader, new CellKey("unit:1480-hvb-a", "gender=boy", "respondents"), "#", recovered);
        assertThat(recovered).as("planted secrets the attacker narrowed").isEmpty();
    }

    /** Exact min and max of one number by its own two programs over all rows at once, no shortcuts. */
    private static void attack(ReaderModel reader, CellKey key, String option, List<String> recovered) {
        int target = reader.var(key, option);
        if (target < 0) {
            recovered.add(key + "[" + option + "] is published: " + reader.value(key, option));
            return;
        }
        Loader.loadNativeLibraries();
        MPSolver lp = MPSolver.createSolver("GLOP");
        try {
            MPVariable[] x = new MPVariable[reader.size()];
            for (int v = 0; v < x.length; v++) {
                x[v] = lp.makeNumVar(reader.lo(v), reader.hi(v), "");
            }
            for (ReaderModel.Row row : reader.rows()) {
                MPConstraint c = lp.makeConstraint(row.lo() <= -(1L << 40) ? -MPSolver.infinity() : row.lo(),
                        row.hi() >= (1L << 40) ? MPSolver.infinity() : row.hi(), "");
                for (int k = 0; k < row.vars().length; k++) {
                    c.setCoefficient(x[row.vars()[k]], row.coefs()[k]);
                }
            }
            lp.objective().setCoefficient(x[target], 1);
            lp.objective().setMaximization();
            lp.solve();
            long max = (long) Math.floor(x[target].solutionValue() + 1e-6);
            lp.objective().setMinimization();
            lp.solve();
            long min = (long) Math.ceil(x[target].solutionValue() - 1e-6);
            long need = Math.min(T, reader.prior(target) + 1);
            System.out.printf("%s[%s]: truth %d, attacker's range [%d, %d], needs %d values%n", key, option,
                    reader.value(key, option), min, max, need);
            if (max - min + 1 < need) {
                recovered.add(key + "[" + option + "] in [" + min + ", " + max + "]");
            }
        } finally {
            lp.delete();
        }
    }
}
