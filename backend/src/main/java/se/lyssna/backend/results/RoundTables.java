package se.lyssna.backend.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.results.disclosure.CellKey;
import se.lyssna.backend.rounds.RoundBand;
import se.lyssna.backend.rounds.RoundViews.RoundFacts;
import se.lyssna.definitions.BackgroundVariable;
import se.lyssna.definitions.Questionnaire;

/**
 * The tables a round publishes (see {@link Aggregation}): all ages, and one per age band when it has several. The one
 * place that says which questionnaire each table is read with, for publication and every reader alike.
 */
public final class RoundTables {
    private RoundTables() {
    }

    /** What one table holds: its band, the questionnaire its items are described by, its figures and groups. */
    public record Shape(String band, Questionnaire describedBy, Measures measures,
                        Map<String, List<String>> categories) {
    }

    /**
     * Each band's questionnaire, the round's main version first (the shared items are described as it asks them); a
     * round with one questionnaire maps {@link CellKey#ALL_AGES} to it.
     */
    public static Map<String, Questionnaire> questionnairesByBand(RoundFacts round, QuestionnaireRegistry registry) {
        List<RoundBand> bands = new ArrayList<>(round.bands());
        bands.sort(Comparator.comparing(b -> !b.questionnaireVersionId().equals(round.questionnaireVersionId())));
        Map<String, Questionnaire> byBand = new LinkedHashMap<>();
        bands.forEach(b -> byBand.put(b.band(), registry.byId(b.questionnaireVersionId())));
        if (byBand.size() <= 1) {
            return Map.of(CellKey.ALL_AGES, registry.byId(round.questionnaireVersionId()));
        }
        return byBand;
    }

    /** The tables published for a round: {@code all} first, then each band's, youngest first. */
    public static List<String> tables(Map<String, Questionnaire> byBand) {
        List<String> tables = new ArrayList<>();
        tables.add(CellKey.ALL_AGES);
        byBand.entrySet().stream().filter(b -> !b.getKey().equals(CellKey.ALL_AGES))
                .sorted(Comparator.comparingInt(b -> b.getValue().ageBand().from()))
                .forEach(b -> tables.add(b.getKey()));
        return tables;
    }

    /** The shape of one table; {@code band} null or {@code all} for the all-ages table. */
    public static Shape shape(Map<String, Questionnaire> byBand, String band) {
        List<Questionnaire> questionnaires = List.copyOf(byBand.values());
        if (band == null || band.equals(CellKey.ALL_AGES)) {
            if (questionnaires.size() == 1) {
                Questionnaire only = questionnaires.get(0);
                return new Shape(CellKey.ALL_AGES, only, new Measures(only), Aggregation.categoriesOf(only));
            }
            return new Shape(CellKey.ALL_AGES, questionnaires.get(0), Measures.shared(questionnaires),
                    sharedCategories(questionnaires));
        }
        Questionnaire own = byBand.get(band);
        if (own == null || byBand.size() == 1) {
            throw DomainException.invalid("band must be one of " + tables(byBand) + ", not '" + band + "'");
        }
        return new Shape(band, own, new Measures(own), Aggregation.categoriesOf(own));
    }

    /**
     * The groups of the all-ages table of several bands: each variable's values in any band, but no age band, since
     * age is what tells the bands apart and the band tables already hold those groups.
     */
    static Map<String, List<String>> sharedCategories(List<Questionnaire> bands) {
        Map<String, List<String>> shared = new LinkedHashMap<>(Aggregation.categoriesOf(bands.get(0)));
        shared.remove(BackgroundVariable.AGE_BAND.key());
        bands.forEach(q -> Aggregation.categoriesOf(q).forEach((variable, values) -> {
            if (shared.containsKey(variable)) {
                List<String> union = new ArrayList<>(shared.get(variable));
                // "Not stated" stays last.
                values.stream().filter(v -> !union.contains(v)).forEach(v -> union.add(union.size() - 1, v));
                shared.put(variable, union);
            }
        }));
        return shared;
    }
}
