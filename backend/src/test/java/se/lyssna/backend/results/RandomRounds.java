package se.lyssna.backend.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.lyssna.backend.demo.SyntheticAnswers;
import se.lyssna.backend.results.disclosure.AuditedProtection;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireCatalog;

/**
 * Random rounds as the attack of issue 11 built them: homes of 1–15 children, municipalities with one to four homes
 * and often an own part, codes issued at or above the respondents (often exactly: 100 % response), skewed
 * backgrounds (a unit all of one gender or placement form, a lone child of gender "other") and whole units
 * answering alike.
 */
final class RandomRounds {
    static final Questionnaire QUESTIONNAIRE = QuestionnaireCatalog.fromClasspath()
            .find("national-13-17", "2026.1").orElseThrow();

    /** One generated round: its aggregation and the codes issued per unit code. */
    record Round(Aggregation aggregation, Map<String, Integer> issued, int threshold) {
        AuditedProtection.Outcome protect(boolean auditDriven, double lpSeconds) {
            return aggregation.protect(threshold, issued, auditDriven, lpSeconds);
        }
    }

    private RandomRounds() {
    }

    /** The national bands of one round, 13–17 first (its wording describes the shared items). */
    static final Map<String, Questionnaire> BANDS = bands();

    private static Map<String, Questionnaire> bands() {
        QuestionnaireCatalog catalog = QuestionnaireCatalog.fromClasspath();
        Map<String, Questionnaire> bands = new LinkedHashMap<>();
        bands.put("13-17", catalog.find("national-13-17", "2026.2").orElseThrow());
        bands.put("7-12", catalog.find("national-7-12", "2026.2").orElseThrow());
        bands.put("18-21", catalog.find("national-18-21", "2026.1").orElseThrow());
        return bands;
    }

    static Round round(long seed, int threshold) {
        return round(seed, threshold, false);
    }

    /**
     * {@code banded}: a round of the three national age bands, each child answering their band's questionnaire;
     * a home is often all of one band, sometimes of a lone child of another.
     */
    static Round round(long seed, int threshold, boolean banded) {
        Random random = new Random(seed);
        List<UnitNode> units = new ArrayList<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        String[] municipalities = {"0180", "1480", "2584", "0380"};
        int count = 1 + random.nextInt(3);
        for (int m = 0; m < count; m++) {
            String municipality = municipalities[m];
            int homes = 1 + random.nextInt(4);
            for (int h = 0; h < homes; h++) {
                String code = municipality + "-hvb-" + h;
                units.add(new UnitNode(code, code, "hvb", municipality));
                // Banded rounds have some larger homes, so that band tables get published at all.
                sizes.put(code, 1 + random.nextInt(banded && h == 0 ? 60 : 15));
            }
            if (random.nextDouble() < 0.7) {
                units.add(new UnitNode(municipality, municipality, "municipality", null));
                sizes.put(municipality, 1 + random.nextInt(8));
            }
        }
        Aggregation aggregation = banded ? Aggregation.ofBands(BANDS, units) : new Aggregation(QUESTIONNAIRE, units);
        List<String> bandKeys = List.copyOf(BANDS.keySet());
        SyntheticAnswers synthetic = new SyntheticAnswers(random);
        Map<String, Integer> issued = new HashMap<>();
        sizes.forEach((unit, n) -> {
            issued.put(unit, random.nextBoolean() ? n : n + random.nextInt(6));
            boolean alike = random.nextDouble() < 0.2;
            String skewVariable = random.nextDouble() < 0.4 ? Scopes.VARIABLES.get(random.nextInt(5)) : null;
            String homeBand = random.nextDouble() < 0.5 ? bandKeys.get(random.nextInt(3)) : null;
            Map<String, List<String>> first = null;
            String firstBand = null;
            for (int i = 0; i < n; i++) {
                String band = !banded ? null : homeBand != null && random.nextDouble() < 0.9 ? homeBand
                        : bandKeys.get(random.nextInt(3));
                if (alike && first != null) {
                    band = firstBand;
                }
                Questionnaire questionnaire = banded ? BANDS.get(band) : QUESTIONNAIRE;
                Map<String, List<String>> answers = alike && first != null ? first
                        : synthetic.answer(questionnaire, 0.3 + random.nextDouble() * 0.6);
                if (first == null) {
                    first = answers;
                    firstBand = band;
                }
                Map<String, String> background = background(questionnaire, answers);
                if (skewVariable != null) {
                    List<String> values = Aggregation.categoriesOf(questionnaire).get(skewVariable);
                    background.put(skewVariable, values.get(0));
                }
                if (random.nextDouble() < 0.03) {
                    background.put("gender", "other");
                }
                aggregation.add(new Respondent(unit, background, answers), band);
            }
        });
        return new Round(aggregation, issued, threshold);
    }

    private static Map<String, String> background(Questionnaire questionnaire, Map<String, List<String>> answers) {
        Map<String, String> background = new HashMap<>();
        questionnaire.background().forEach(item -> item.background().ifPresent(variable -> {
            List<String> value = answers.get(item.id());
            if (value != null) {
                background.put(variable, value.get(0));
            }
        }));
        return background;
    }
}
