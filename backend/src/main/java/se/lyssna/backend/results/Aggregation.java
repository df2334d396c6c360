package se.lyssna.backend.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lyssna.backend.results.disclosure.Cell;
import se.lyssna.backend.results.disclosure.CellKey;
import se.lyssna.backend.results.disclosure.Relation;
import se.lyssna.definitions.Questionnaire;

/**
 * Counts a round's responses into every figure that may be published (unit, municipality, nation; all respondents
 * and each background group) and lists the additive relations between them, for {@code DisclosureControl}.
 */
public final class Aggregation {
    private final Questionnaire questionnaire;
    private final Measures measures;
    private final Map<String, UnitNode> units = new LinkedHashMap<>();
    private final Map<String, List<String>> categories = new LinkedHashMap<>();
    private final Map<String, Accumulator> accumulators = new HashMap<>();
    private final Set<String> scopes = new LinkedHashSet<>();

    public Aggregation(Questionnaire questionnaire, List<UnitNode> roundUnits) {
        this.questionnaire = questionnaire;
        this.measures = new Measures(questionnaire);
        for (UnitNode unit : roundUnits) {
            units.put(unit.code(), unit);
            scopes.add(unit.leafScope());
            scopes.add(Scopes.municipality(unit.isMunicipality() ? unit.code() : unit.municipality()));
        }
        scopes.add(Scopes.NATION);
        categories.putAll(categoriesOf(questionnaire));
    }

    /** The values of each background variable results are broken down by, and "not stated" last. */
    public static Map<String, List<String>> categoriesOf(Questionnaire questionnaire) {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        for (String variable : Scopes.VARIABLES) {
            List<String> values = new ArrayList<>();
            questionnaire.background().stream().filter(i -> i.background().orElse("").equals(variable)).findFirst()
                    .flatMap(questionnaire::scaleOf).ifPresent(scale -> scale.options().stream()
                            .filter(o -> o.kind() != se.lyssna.definitions.OptionKind.NO_ANSWER)
                            .forEach(o -> values.add(o.value())));
            values.add(Scopes.NOT_STATED);
            categories.put(variable, values);
        }
        return categories;
    }

    public Measures measures() {
        return measures;
    }

    public void add(Respondent respondent) {
        UnitNode unit = units.get(respondent.unit());
        if (unit == null) {
            return;
        }
        List<String> groups = new ArrayList<>();
        groups.add(CellKey.ALL);
        for (String variable : Scopes.VARIABLES) {
            String value = respondent.background().get(variable);
            if (value == null || !categories.get(variable).contains(value)) {
                value = Scopes.NOT_STATED;
            }
            groups.add(Scopes.group(variable, value));
        }
        Measures.Contribution contribution = measures.contributionOf(respondent.answers());
        String municipality = unit.isMunicipality() ? unit.code() : unit.municipality();
        for (String scope : List.of(unit.leafScope(), Scopes.municipality(municipality), Scopes.NATION)) {
            for (String group : groups) {
                accumulators.computeIfAbsent(scope + "|" + group, k -> new Accumulator()).add(contribution);
            }
        }
    }

    /** Every figure, zeros included (a reader must not tell an empty group from a small one). */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (String scope : scopes) {
            for (String group : groups()) {
                Accumulator acc = accumulators.getOrDefault(scope + "|" + group, new Accumulator());
                cells.add(Cell.respondents(scope, group, acc.respondents));
                cells.addAll(measures.cells(scope, group, acc.counts, acc.areaRespondents));
            }
        }
        return cells;
    }

    public List<String> groups() {
        List<String> groups = new ArrayList<>();
        groups.add(CellKey.ALL);
        categories.forEach((variable, values) -> values.forEach(v -> groups.add(Scopes.group(variable, v))));
        return groups;
    }

    public Map<String, List<String>> categories() {
        return categories;
    }

    public Set<String> scopes() {
        return scopes;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** Every way one figure is the sum of others. */
    public List<Relation> relations() {
        List<Relation> relations = new ArrayList<>();
        List<String> allMeasures = new ArrayList<>();
        allMeasures.add(CellKey.RESPONDENTS);
        allMeasures.addAll(measures.keys());
        for (String scope : scopes) {
            if (scope.startsWith("own:")) {
                continue;
            }
            for (String variable : Scopes.VARIABLES) {
                for (String measure : allMeasures) {
                    List<CellKey> parts = categories.get(variable).stream()
                            .map(v -> new CellKey(scope, Scopes.group(variable, v), measure)).toList();
                    relations.add(new Relation(new CellKey(scope, CellKey.ALL, measure), parts,
                            Relation.Kind.BREAKDOWN, false, false));
                }
            }
            for (String group : groups()) {
                measures.areaItems().forEach((area, items) -> relations.add(new Relation(
                        new CellKey(scope, group, "area:" + area),
                        items.stream().map(i -> new CellKey(scope, group, "item:" + i)).toList(),
                        Relation.Kind.AREA, true, true)));
            }
        }
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (UnitNode unit : units.values()) {
            String municipality = unit.isMunicipality() ? unit.code() : unit.municipality();
            children.computeIfAbsent(Scopes.municipality(municipality), k -> new ArrayList<>()).add(unit.leafScope());
        }
        for (String group : groups()) {
            for (String measure : allMeasures) {
                children.forEach((municipality, leaves) -> relations.add(new Relation(
                        new CellKey(municipality, group, measure),
                        leaves.stream().map(s -> new CellKey(s, group, measure)).toList(),
                        Relation.Kind.MUNICIPALITY, false, false)));
                relations.add(new Relation(new CellKey(Scopes.NATION, group, measure),
                        children.keySet().stream().map(s -> new CellKey(s, group, measure)).toList(),
                        Relation.Kind.NATION, false, false));
            }
        }
        return relations;
    }

    /** Counts for one scope and group. */
    private static final class Accumulator {
        int respondents;
        final Map<String, Map<String, Integer>> counts = new HashMap<>();
        final Map<String, Integer> areaRespondents = new HashMap<>();

        void add(Measures.Contribution contribution) {
            respondents++;
            contribution.counts().forEach((measure, options) -> {
                Map<String, Integer> target = counts.computeIfAbsent(measure, k -> new HashMap<>());
                options.forEach(option -> target.merge(option, 1, Integer::sum));
            });
            contribution.areas().forEach(area -> areaRespondents.merge(area, 1, Integer::sum));
        }
    }
}
