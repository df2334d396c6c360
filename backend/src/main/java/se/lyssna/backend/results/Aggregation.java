package se.lyssna.backend.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lyssna.backend.results.disclosure.AuditedProtection;
import se.lyssna.backend.results.disclosure.Bound;
import se.lyssna.backend.results.disclosure.Cell;
import se.lyssna.backend.results.disclosure.CellKey;
import se.lyssna.backend.results.disclosure.Measure;
import se.lyssna.backend.results.disclosure.Publication;
import se.lyssna.backend.results.disclosure.Relation;
import se.lyssna.backend.results.disclosure.Scope;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.MultipleChoiceItem;
import se.lyssna.definitions.OptionKind;
import se.lyssna.definitions.Questionnaire;

/**
 * Counts a round's responses into every figure that may be published (unit, municipality, nation; all respondents
 * and each background group) and lists the additive relations between them, for {@code DisclosureControl}.
 *
 * <p>A round with one questionnaire has one table. A round with several age bands has a table per band, with all
 * of its questionnaire's figures, and an all-ages table of what the bands share (every area index, and the items
 * answered alike in every band), so that a home whose children are of several ages still gets a result. Each
 * all-ages figure is the sum of the same figure in the band tables: a relation like any other, so that no band is
 * recovered by subtracting the others.
 */
public final class Aggregation {
    private final Map<String, UnitNode> units = new LinkedHashMap<>();
    private final Set<Scope> scopes = new LinkedHashSet<>();
    private final Table allAges;
    private final Map<String, Table> bands = new LinkedHashMap<>();

    /** A round with one questionnaire: one table, for all ages. */
    public Aggregation(Questionnaire questionnaire, List<UnitNode> roundUnits) {
        this(roundUnits, new Table(CellKey.ALL_AGES, new Measures(questionnaire), categoriesOf(questionnaire), false));
    }

    private Aggregation(List<UnitNode> roundUnits, Table allAges) {
        this.allAges = allAges;
        for (UnitNode unit : roundUnits) {
            units.put(unit.code(), unit);
            scopes.add(unit.leafScope());
            scopes.add(unit.municipalityScope());
        }
        scopes.add(Scope.NATION);
    }

    /**
     * A round with a questionnaire per age band ({@link RoundTables#questionnairesByBand}). With one band this is the
     * one-table round.
     */
    public static Aggregation ofBands(Map<String, Questionnaire> byBand, List<UnitNode> roundUnits) {
        if (byBand.size() == 1) {
            return new Aggregation(byBand.values().iterator().next(), roundUnits);
        }
        RoundTables.Shape shared = RoundTables.shape(byBand, CellKey.ALL_AGES);
        Aggregation aggregation = new Aggregation(roundUnits,
                new Table(CellKey.ALL_AGES, shared.measures(), shared.categories(), false));
        byBand.forEach((band, q) -> {
            Table table = new Table(band, new Measures(q), categoriesOf(q), true);
            aggregation.bands.put(band, table);
        });
        return aggregation;
    }

    /** The values of each background variable results are broken down by, and "not stated" last. */
    public static Map<String, List<String>> categoriesOf(Questionnaire questionnaire) {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        for (String variable : Scopes.VARIABLES) {
            List<String> values = new ArrayList<>();
            questionnaire.background().stream().filter(i -> i.background().orElse("").equals(variable)).findFirst()
                    .flatMap(questionnaire::scaleOf).ifPresent(scale -> scale.options().stream()
                            .filter(o -> o.kind() != OptionKind.NO_ANSWER)
                            .forEach(o -> values.add(o.value())));
            values.add(Scopes.NOT_STATED);
            categories.put(variable, values);
        }
        return categories;
    }

    /** The figures of the all-ages table. */
    public Measures measures() {
        return allAges.measures;
    }

    /** A response of a one-questionnaire round. */
    public void add(Respondent respondent) {
        add(respondent, null);
    }

    /** A response to the questionnaire of {@code band} (ignored when the round has no table of that band). */
    public void add(Respondent respondent, String band) {
        UnitNode unit = units.get(respondent.unit());
        if (unit == null) {
            return;
        }
        List<Scope> where = List.of(unit.leafScope(), unit.municipalityScope(), Scope.NATION);
        if (bands.isEmpty()) {
            allAges.add(where, respondent.background(), allAges.measures.contributionOf(respondent.answers()));
            return;
        }
        Table table = bands.get(band);
        if (table == null) {
            return;
        }
        Measures.Contribution contribution = table.measures.contributionOf(respondent.answers());
        // The all-ages table groups the child as their band's table did, so that every sum across bands holds.
        Map<String, String> background = table.grouped(respondent.background());
        table.add(where, background, contribution);
        allAges.add(where, background, contribution.within(allAges.measures));
    }

    /**
     * Scopes with fewer codes issued than this many times the threshold are not broken down by background (nor by
     * age band): in a home of a dozen children nearly every group would be under the threshold or pinned by its
     * neighbours, so a breakdown would be all hidden figures that still cost the whole's figures their protection.
     * The rule reads codes issued only, which are public, so whether a scope is broken down tells a reader nothing.
     */
    public static final int BREAKDOWN_FACTOR = 8;

    private static boolean brokenDown(Scope scope, Map<Scope, Integer> codesByScope, int threshold) {
        return scope.published() && codesByScope.getOrDefault(scope, 0) >= BREAKDOWN_FACTOR * threshold;
    }

    /**
     * Every figure, zeros included (a reader must not tell an empty group from a small one). The groups of a scope
     * that is not broken down are still counted, as figures never published: the audit must keep them uncertain
     * too, since a municipality's breakdown is the sum of its units'.
     */
    public List<Cell> cells(Map<Scope, Integer> codesByScope, int threshold) {
        List<Cell> cells = new ArrayList<>(allAges.cells(scopes, codesByScope, threshold));
        bands.values().forEach(table -> cells.addAll(table.cells(scopes, codesByScope, threshold)));
        return cells;
    }

    /** The protected figures of this round: the one way every caller (publication, tests, benchmarks) gets them. */
    public AuditedProtection.Outcome protect(int threshold, Map<String, Integer> issuedByUnit, boolean auditDriven,
                                             double lpSeconds) {
        Map<Scope, Integer> codes = codesByScope(issuedByUnit);
        return AuditedProtection.protect(threshold, cells(codes, threshold), relations(), bounds(), codes,
                binarySplits(), auditDriven, lpSeconds);
    }

    /** The groups of the all-ages table. */
    public List<String> groups() {
        return allAges.groups();
    }

    /** The background categories of the all-ages table. */
    public Map<String, List<String>> categories() {
        return allAges.categories;
    }

    public Set<Scope> scopes() {
        return scopes;
    }

    /** Every way one figure is the sum of others. */
    public List<Relation> relations() {
        Map<Scope, List<Scope>> children = new LinkedHashMap<>();
        for (UnitNode unit : units.values()) {
            children.computeIfAbsent(unit.municipalityScope(), k -> new ArrayList<>()).add(unit.leafScope());
        }
        List<Relation> relations = new ArrayList<>(allAges.relations(scopes, children));
        bands.values().forEach(table -> relations.addAll(table.relations(scopes, children)));
        if (!bands.isEmpty()) {
            for (Scope scope : scopes) {
                for (String group : allAges.groups()) {
                    for (Measure measure : allAges.allMeasures()) {
                        List<CellKey> parts = bands.values().stream().filter(t -> t.has(group, measure))
                                .map(t -> t.key(scope, group, measure)).toList();
                        relations.add(new Relation(allAges.key(scope, group, measure), parts,
                                Relation.Kind.BAND, false, false));
                    }
                }
            }
        }
        return relations;
    }

    /**
     * What the questionnaire's structure tells a reader besides the sums (see {@link Bound}), made scope by scope as
     * they are read: a national round has millions, needed once.
     */
    public Iterable<Bound> bounds() {
        List<Table> tables = new ArrayList<>();
        tables.add(allAges);
        tables.addAll(bands.values());
        return () -> tables.stream().flatMap(table -> scopes.stream().flatMap(scope -> table.bounds(scope).stream()))
                .iterator();
    }

    /** The positive and other real options of each area-indexed item, by {@link CellKey#tableMeasure()}. */
    public Map<String, Publication.BinarySplit> binarySplits() {
        Map<String, Publication.BinarySplit> splits = new HashMap<>(allAges.binarySplits());
        bands.values().forEach(table -> splits.putAll(table.binarySplits()));
        return splits;
    }

    /** Codes issued per scope, from codes issued per unit code: a leaf's own, and the sums above it. */
    public Map<Scope, Integer> codesByScope(Map<String, Integer> issuedByUnit) {
        Map<Scope, Integer> codes = new HashMap<>();
        for (UnitNode unit : units.values()) {
            int count = issuedByUnit.getOrDefault(unit.code(), 0);
            codes.merge(unit.leafScope(), count, Integer::sum);
            codes.merge(unit.municipalityScope(), count, Integer::sum);
            codes.merge(Scope.NATION, count, Integer::sum);
        }
        return codes;
    }

    /** One table: the figures of one questionnaire (or the all-ages share of several) in every scope and group. */
    private static final class Table {
        final String band;
        final Measures measures;
        final Map<String, List<String>> categories;
        /** A band's own table beside the all-ages one: published only for scopes that are broken down. */
        final boolean bandTable;
        final Map<String, Measures.Tally> tallies = new HashMap<>();
        /** Every group's name, made once: each is part of hundreds of thousands of keys. */
        private final List<String> groups;
        private final Map<String, Map<String, String>> groupOf = new HashMap<>();
        /**
         * The keys of the figures last counted ({@link #cells}), per scope by group and measure: relations and bounds
         * name each figure many times, and a national round has two million, so each name is made once and found by
         * position, not looked up in a map of them all.
         */
        private final Map<Scope, CellKey[]> made = new HashMap<>();
        private final Map<String, Integer> groupIndex = new HashMap<>();
        private final Map<Measure, Integer> measureIndex = new HashMap<>();

        Table(String band, Measures measures, Map<String, List<String>> categories, boolean bandTable) {
            this.band = band;
            this.measures = measures;
            this.categories = categories;
            this.bandTable = bandTable;
            groups = new ArrayList<>();
            groups.add(CellKey.ALL);
            categories.forEach((variable, values) -> values.forEach(v -> {
                String group = Scopes.group(variable, v);
                groups.add(group);
                groupOf.computeIfAbsent(variable, k -> new HashMap<>()).put(v, group);
            }));
        }

        /** Each variable's value as this table counts it: "not stated" for a missing or unknown one. */
        Map<String, String> grouped(Map<String, String> background) {
            Map<String, String> grouped = new HashMap<>();
            categories.forEach((variable, values) -> {
                String value = background.get(variable);
                grouped.put(variable, value == null || !values.contains(value) ? Scopes.NOT_STATED : value);
            });
            return grouped;
        }

        void add(List<Scope> where, Map<String, String> background, Measures.Contribution contribution) {
            List<String> groups = new ArrayList<>();
            groups.add(CellKey.ALL);
            grouped(background).forEach((variable, value) -> groups.add(groupOf.get(variable).get(value)));
            int[][] places = measures.placesOf(contribution);
            for (Scope scope : where) {
                for (String group : groups) {
                    tallies.computeIfAbsent(scope.key() + "|" + group, k -> measures.tally()).add(places);
                }
            }
        }

        List<String> groups() {
            return groups;
        }

        List<Measure> allMeasures() {
            List<Measure> all = new ArrayList<>();
            all.add(Measure.RESPONDENTS);
            all.addAll(measures.keys());
            return all;
        }

        boolean has(String group, Measure measure) {
            if (!group.equals(CellKey.ALL)) {
                String variable = group.substring(0, group.indexOf('='));
                if (!categories.getOrDefault(variable, List.of()).contains(group.substring(group.indexOf('=') + 1))) {
                    return false;
                }
            }
            return measure.equals(Measure.RESPONDENTS) || !measures.optionsOf(measure).isEmpty();
        }

        CellKey key(Scope scope, String group, Measure measure) {
            CellKey[] keys = made.get(scope);
            Integer g = groupIndex.get(group);
            Integer m = measureIndex.get(measure);
            CellKey key = keys == null || g == null || m == null ? null : keys[g * measureIndex.size() + m];
            return key != null ? key : new CellKey(scope, group, measure, band);
        }

        List<Cell> cells(Set<Scope> scopes, Map<Scope, Integer> codesByScope, int threshold) {
            List<Cell> cells = new ArrayList<>();
            if (measureIndex.isEmpty()) {
                allMeasures().forEach(m -> measureIndex.put(m, measureIndex.size()));
                groups().forEach(g -> groupIndex.put(g, groupIndex.size()));
            }
            for (Scope scope : scopes) {
                boolean brokenDown = brokenDown(scope, codesByScope, threshold);
                CellKey[] keys = new CellKey[groupIndex.size() * measureIndex.size()];
                for (String group : groups()) {
                    boolean latent = !scope.published()
                            || !brokenDown && (bandTable || !group.equals(CellKey.ALL));
                    Measures.Tally tally = tallies.getOrDefault(scope.key() + "|" + group, measures.tally());
                    List<Cell> figures = new ArrayList<>();
                    figures.add(new Cell(new CellKey(scope, group, Measure.RESPONDENTS, band), tally.respondents, null,
                            null, latent));
                    figures.addAll(measures.cells(band, scope, group, tally, latent));
                    for (Cell cell : figures) {
                        keys[groupIndex.get(group) * measureIndex.size() + measureIndex.get(cell.key().measure())] =
                                cell.key();
                    }
                    cells.addAll(figures);
                }
                made.put(scope, keys);
            }
            return cells;
        }

        List<Relation> relations(Set<Scope> scopes, Map<Scope, List<Scope>> children) {
            List<Relation> relations = new ArrayList<>();
            List<Measure> allMeasures = allMeasures();
            // The own part is never published, but the reader may still reason about it: it has every relation too.
            for (Scope scope : scopes) {
                for (String variable : categories.keySet()) {
                    for (Measure measure : allMeasures) {
                        List<CellKey> parts = categories.get(variable).stream()
                                .map(v -> key(scope, groupOf.get(variable).get(v), measure)).toList();
                        relations.add(new Relation(key(scope, CellKey.ALL, measure), parts,
                                Relation.Kind.BREAKDOWN, false, false));
                    }
                }
                for (String group : groups()) {
                    measures.areaItems().forEach((area, items) -> relations.add(new Relation(
                            key(scope, group, Measure.area(area)),
                            items.stream().map(i -> key(scope, group, Measure.item(i))).toList(),
                            Relation.Kind.AREA, true, true)));
                }
            }
            for (String group : groups()) {
                for (Measure measure : allMeasures) {
                    children.forEach((municipality, leaves) -> relations.add(new Relation(
                            key(municipality, group, measure),
                            leaves.stream().map(s -> key(s, group, measure)).toList(),
                            Relation.Kind.MUNICIPALITY, false, false)));
                    relations.add(new Relation(key(Scope.NATION, group, measure),
                            children.keySet().stream().map(s -> key(s, group, measure)).toList(),
                            Relation.Kind.NATION, false, false));
                }
            }
            return relations;
        }

        /** The options of each multiple-choice item, by item: they share their answers. */
        private Map<String, List<Measure>> multiple;

        List<Bound> bounds(Scope scope) {
            List<Bound> bounds = new ArrayList<>();
            if (multiple == null) {
                multiple = new LinkedHashMap<>();
                for (Measure measure : measures.keys()) {
                    if (measure instanceof Measure.Option option) {
                        multiple.computeIfAbsent(option.item(), k -> new ArrayList<>()).add(measure);
                    }
                }
            }
            for (String group : groups()) {
                CellKey respondents = key(scope, group, Measure.RESPONDENTS);
                for (Measure measure : measures.keys()) {
                    bounds.add(Bound.atMost(key(scope, group, measure), respondents));
                }
                multiple.values().forEach(options -> options.subList(1, options.size()).forEach(option ->
                        bounds.add(new Bound(key(scope, group, option), List.of(),
                                key(scope, group, options.get(0)), List.of(), true))));
                for (Item item : measures.items().values()) {
                    item.showIf().filter(c -> measures.optionsOf(Measure.item(c.item())).containsAll(c.anyOf())
                            && !c.anyOf().isEmpty()).ifPresent(c -> {
                        Measure shown = item instanceof MultipleChoiceItem
                                ? multiple.getOrDefault(item.id(), List.of(Measure.item(item.id()))).get(0)
                                : Measure.item(item.id());
                        bounds.add(new Bound(key(scope, group, shown), List.of(),
                                key(scope, group, Measure.item(c.item())), c.anyOf(), false));
                    });
                }
                measures.areaItems().forEach((area, items) -> {
                    CellKey index = key(scope, group, Measure.area(area));
                    for (String item : items) {
                        List<String> real = measures.optionsOf(Measure.item(item)).stream()
                                .filter(o -> measures.isRealAnswer(Measure.item(item), o)).toList();
                        bounds.add(new Bound(key(scope, group, Measure.item(item)), real, index, List.of(),
                                false));
                    }
                });
                for (String area : measures.areas()) {
                    CellKey index = key(scope, group, Measure.area(area));
                    bounds.add(new Bound(index, List.of(), index, List.of(Measures.POSITIVE, Measures.OTHER),
                            false));
                }
            }
            return bounds;
        }

        Map<String, Publication.BinarySplit> binarySplits() {
            Map<String, Publication.BinarySplit> splits = new HashMap<>();
            measures.areaItems().values().forEach(items -> items.forEach(item -> {
                Measure measure = Measure.item(item);
                List<String> options = measures.optionsOf(measure);
                splits.put(CellKey.tableMeasure(band, measure), new Publication.BinarySplit(
                        options.stream().filter(o -> measures.isPositive(measure, o)).toList(),
                        options.stream().filter(o -> measures.isRealAnswer(measure, o)
                                && !measures.isPositive(measure, o)).toList()));
            }));
            return splits;
        }
    }
}
