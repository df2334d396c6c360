package se.lyssna.backend.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lyssna.backend.results.disclosure.AuditedProtection;
import se.lyssna.backend.results.disclosure.Cell;
import se.lyssna.backend.results.disclosure.CellKey;
import se.lyssna.backend.results.disclosure.Bound;
import se.lyssna.backend.results.disclosure.Publication;
import se.lyssna.backend.results.disclosure.Relation;
import se.lyssna.definitions.Item;
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

    /**
     * Scopes with fewer codes issued than this many times the threshold are not broken down by background: in a home
     * of a dozen children nearly every group would be under the threshold or pinned by its neighbours, so a breakdown
     * would be all hidden figures that still cost the whole's figures their protection. The rule reads codes issued
     * only, which are public, so whether a scope is broken down tells a reader nothing new.
     */
    public static final int BREAKDOWN_FACTOR = 8;

    /** Whether a scope is broken down by background at all (see {@link #BREAKDOWN_FACTOR}). */
    private static boolean brokenDown(String scope, Map<String, Integer> codesByScope, int threshold) {
        return !scope.startsWith("own:") && codesByScope.getOrDefault(scope, 0) >= BREAKDOWN_FACTOR * threshold;
    }

    /**
     * Every figure, zeros included (a reader must not tell an empty group from a small one). The groups of a scope
     * that is not broken down are still counted, as figures never published: the audit must keep them uncertain
     * too, since a municipality's breakdown is the sum of its units'.
     */
    public List<Cell> cells(Map<String, Integer> codesByScope, int threshold) {
        List<Cell> cells = new ArrayList<>();
        for (String scope : scopes) {
            boolean brokenDown = brokenDown(scope, codesByScope, threshold);
            for (String group : groups()) {
                boolean latent = scope.startsWith("own:") || !brokenDown && !group.equals(CellKey.ALL);
                Accumulator acc = accumulators.getOrDefault(scope + "|" + group, new Accumulator());
                cells.add(new Cell(new CellKey(scope, group, CellKey.RESPONDENTS), acc.respondents, null, null,
                        latent));
                cells.addAll(measures.cells(scope, group, acc.counts, acc.areaRespondents, latent));
            }
        }
        return cells;
    }

    /** The protected figures of this round: the one way every caller (publication, tests, benchmarks) gets them. */
    public AuditedProtection.Outcome protect(int threshold, Map<String, Integer> issuedByUnit, boolean auditDriven,
                                             double lpSeconds) {
        Map<String, Integer> codes = codesByScope(issuedByUnit);
        return AuditedProtection.protect(threshold, cells(codes, threshold), relations(), bounds(), codes,
                binarySplits(), auditDriven, lpSeconds);
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
        // The own part is never published, but the reader may still reason about it: it has every relation too.
        for (String scope : scopes) {
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

    /** What the questionnaire's structure tells a reader besides the sums (see {@link Bound}). */
    public List<Bound> bounds() {
        List<Bound> bounds = new ArrayList<>();
        Map<String, List<String>> multiple = new LinkedHashMap<>();
        for (String measure : measures.keys()) {
            if (measure.contains("#")) {
                multiple.computeIfAbsent(measure.substring(0, measure.indexOf('#')), k -> new ArrayList<>())
                        .add(measure);
            }
        }
        for (String scope : scopes) {
            for (String group : groups()) {
                CellKey respondents = new CellKey(scope, group, CellKey.RESPONDENTS);
                for (String measure : measures.keys()) {
                    bounds.add(Bound.atMost(new CellKey(scope, group, measure), respondents));
                }
                multiple.values().forEach(options -> options.subList(1, options.size()).forEach(option -> bounds.add(
                        new Bound(new CellKey(scope, group, option), List.of(),
                                new CellKey(scope, group, options.get(0)), List.of(), true))));
                for (Item item : measures.items().values()) {
                    item.showIf().filter(c -> measures.optionsOf("item:" + c.item()).containsAll(c.anyOf())
                            && !c.anyOf().isEmpty()).ifPresent(c -> {
                        String shown = item instanceof se.lyssna.definitions.MultipleChoiceItem
                                ? multiple.getOrDefault("item:" + item.id(), List.of("item:" + item.id())).get(0)
                                : "item:" + item.id();
                        bounds.add(new Bound(new CellKey(scope, group, shown), List.of(),
                                new CellKey(scope, group, "item:" + c.item()), c.anyOf(), false));
                    });
                }
                measures.areaItems().forEach((area, items) -> {
                    CellKey index = new CellKey(scope, group, "area:" + area);
                    for (String item : items) {
                        List<String> real = measures.optionsOf("item:" + item).stream()
                                .filter(o -> measures.isRealAnswer("item:" + item, o)).toList();
                        bounds.add(new Bound(new CellKey(scope, group, "item:" + item), real, index, List.of(),
                                false));
                    }
                    bounds.add(new Bound(index, List.of(), index, List.of(Measures.POSITIVE, Measures.OTHER), false));
                });
            }
        }
        return bounds;
    }

    /** The positive and other real options of each area-indexed item, for the area relations. */
    public Map<String, Publication.BinarySplit> binarySplits() {
        Map<String, Publication.BinarySplit> splits = new HashMap<>();
        measures.areaItems().values().forEach(items -> items.forEach(item -> {
            String measure = "item:" + item;
            List<String> options = measures.optionsOf(measure);
            splits.put(measure, new Publication.BinarySplit(
                    options.stream().filter(o -> measures.isPositive(measure, o)).toList(),
                    options.stream().filter(o -> measures.isRealAnswer(measure, o) && !measures.isPositive(measure, o))
                            .toList()));
        }));
        return splits;
    }

    /** Codes issued per scope, from codes issued per unit code: a leaf's own, and the sums above it. */
    public Map<String, Integer> codesByScope(Map<String, Integer> issuedByUnit) {
        Map<String, Integer> codes = new HashMap<>();
        for (UnitNode unit : units.values()) {
            int count = issuedByUnit.getOrDefault(unit.code(), 0);
            String municipality = unit.isMunicipality() ? unit.code() : unit.municipality();
            codes.merge(unit.leafScope(), count, Integer::sum);
            codes.merge(Scopes.municipality(municipality), count, Integer::sum);
            codes.merge(Scopes.NATION, count, Integer::sum);
        }
        return codes;
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
