package se.lyssna.backend.results;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import se.lyssna.backend.results.disclosure.Scope;
import se.lyssna.backend.participation.RoundResponses;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.results.PublishedResults.StoredFigure;
import se.lyssna.backend.results.ResultsViews.AreaIndex;
import se.lyssna.backend.results.ResultsViews.Figure;
import se.lyssna.backend.results.ResultsViews.GroupResult;
import se.lyssna.backend.results.ResultsViews.ItemResult;
import se.lyssna.backend.results.ResultsViews.OptionFigure;
import se.lyssna.backend.results.disclosure.CellKey;
import se.lyssna.backend.results.disclosure.Measure;
import se.lyssna.backend.results.disclosure.Reason;
import se.lyssna.backend.rounds.RoundViews.RoundFacts;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.units.UnitViews.UnitFacts;
import se.lyssna.backend.units.UnitKind;
import se.lyssna.backend.units.UnitService;
import se.lyssna.definitions.BackgroundVariable;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.MultipleChoiceItem;
import se.lyssna.definitions.OptionKind;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.Scale;

/**
 * Reads results. A closed round is read only from its frozen, protected tables; an open round shows nothing but
 * rounded response counts. Raw responses are never read here.
 */
@ApplicationScoped
public class ResultsService {
    /** While a round is open, counts are rounded to this and hidden under the threshold. */
    public static final int OPEN_ROUNDING = 10;

    private final PublishedResults published;
    private final RoundResponses responses;
    private final RoundService rounds;
    private final UnitService units;
    private final QuestionnaireRegistry questionnaires;
    private final Map<UUID, RoundFacts> closedRounds = new ConcurrentHashMap<>();

    ResultsService(PublishedResults published, RoundResponses responses, RoundService rounds, UnitService units,
                   QuestionnaireRegistry questionnaires) {
        this.published = published;
        this.responses = responses;
        this.rounds = rounds;
        this.units = units;
        this.questionnaires = questionnaires;
    }

    /** The scope a unit code asks for: a municipality's code means the municipality with its care units. */
    public String scopeOf(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return Scope.NATION.key();
        }
        UnitFacts unit = units.facts(unitCode);
        Scope scope = unit.kind() == UnitKind.MUNICIPALITY ? new Scope.Municipality(unit.code())
                : new Scope.Unit(unit.code());
        return scope.key();
    }

    /** Rounds with at least one unit the caller may see (all rounds for an admin), newest first. */
    public List<ResultsViews.RoundSummary> roundsFor(se.lyssna.backend.security.CallerUnits caller) {
        List<ResultsViews.RoundSummary> visible = new ArrayList<>();
        for (RoundFacts round : rounds.allFacts()) {
            List<ResultsViews.FeedbackUnit> mine = rounds.unitFactsOf(round).stream()
                    .filter(u -> caller.maySee(u.code())).map(u -> new ResultsViews.FeedbackUnit(u.code(), u.name()))
                    .toList();
            if (!mine.isEmpty()) {
                Questionnaire questionnaire = questionnaireOf(round);
                visible.add(new ResultsViews.RoundSummary(round.id(), round.name(), questionnaire.key(),
                        questionnaire.version(), rounds.stateOf(round), isPublished(round.id()), round.opensOn(),
                        round.closesOn(), mine));
            }
        }
        return visible;
    }

    /** The newest published round the unit took part in, if any. */
    public java.util.Optional<RoundFacts> latestPublishedRoundOf(String unitCode) {
        UnitFacts unit = units.facts(unitCode);
        return rounds.allFacts().stream().filter(r -> r.unitIds().contains(unit.id())).filter(r -> isPublished(r.id()))
                .findFirst();
    }

    /** The API's view of a scope, with the municipality of a care unit. */
    public ResultsViews.Scope scopeView(String scope, String name) {
        Scope parsed = Scope.parse(scope);
        String municipality = parsed instanceof Scope.Unit ? units.findFacts(parsed.code())
                .map(UnitFacts::countsForMunicipality).orElse(null) : null;
        return new ResultsViews.Scope(parsed.kind(), parsed.code(), name, municipality);
    }

    /** Whether {@code code} is the municipality that one of the given care units belongs to. */
    public boolean isHomeMunicipality(String code, java.util.Set<String> careUnits) {
        return careUnits.stream().anyMatch(unit -> units.findFacts(unit)
                .filter(u -> u.kind() != UnitKind.MUNICIPALITY && u.countsForMunicipality().equals(code))
                .isPresent());
    }

    /**
     * A round's facts; a closed one's are kept per replica once read outside any transaction (so committed): nothing
     * of a round changes once the survey body has closed it, and reading its ~900 units again for each round of a
     * trend was half of the trend's time. An open round, or one read inside a transaction that may yet roll its
     * closing back (the console's preview), is read each time.
     */
    public RoundFacts round(UUID roundId) {
        RoundFacts kept = closedRounds.get(roundId);
        if (kept != null) {
            return kept;
        }
        RoundFacts facts = rounds.facts(roundId);
        if (facts.closed() && !QuarkusTransaction.isActive()) {
            closedRounds.putIfAbsent(roundId, facts);
        }
        return facts;
    }

    public Questionnaire questionnaireOf(RoundFacts round) {
        return questionnaires.byId(round.questionnaireVersionId());
    }

    public boolean isPublished(UUID roundId) {
        return published.isPublished(roundId);
    }

    /**
     * One scope's protected results. {@code liveCounts}: whether the caller may follow an open round's response
     * count (the survey body only; below it nothing is shown until publication, since a count that steps at known
     * thresholds pins counts in time for a reader who polls).
     */
    public ResultsViews.RoundResults results(UUID roundId, String scope, String groupBy, boolean liveCounts) {
        return results(roundId, scope, groupBy, null, liveCounts);
    }

    /** The same for one table: {@code band} null or {@code all} for all ages, else one age band's own table. */
    public ResultsViews.RoundResults results(UUID roundId, String scope, String groupBy, String band,
                                             boolean liveCounts) {
        if (groupBy != null && !Scopes.VARIABLES.contains(groupBy)) {
            throw DomainException.invalid("groupBy must be one of " + Scopes.VARIABLES + ", not '" + groupBy + "'");
        }
        RoundFacts round = round(roundId);
        Map<String, Questionnaire> byBand = RoundTables.questionnairesByBand(round, questionnaires);
        RoundTables.Shape table = RoundTables.shape(byBand, band);
        // All ages of several bands by age band: each band's own whole group (published where band tables are).
        boolean byBandTables = groupBy != null && groupBy.equals(BackgroundVariable.AGE_BAND.key())
                && table.band().equals(CellKey.ALL_AGES) && byBand.size() > 1;
        if (groupBy != null && !byBandTables && !table.categories().containsKey(groupBy)) {
            throw DomainException.invalid("the table is not broken down by " + groupBy);
        }
        Questionnaire questionnaire = table.describedBy();
        ResultsViews.QuestionnaireRef ref = new ResultsViews.QuestionnaireRef(questionnaire.key(),
                questionnaire.version());
        List<String> tables = RoundTables.tables(byBand);
        if (!isPublished(roundId)) {
            ResultsViews.Scope view = liveScope(round, scope);
            return new ResultsViews.RoundResults(round.id(), round.name(), ref, rounds.stateOf(round), false,
                    round.threshold(), view, liveCounts ? liveRespondents(round, scope) : Figure.hidden(), null,
                    null, groupBy, List.of(), List.of(), table.band(), tables);
        }
        ResultsViews.Scope view = publishedScope(roundId, scope);
        Map<String, StoredFigure> rows = rows(roundId, scope, byBandTables ? null : groupBy, table.band());
        List<String> groups = new ArrayList<>();
        if (groupBy == null) {
            groups.add(CellKey.ALL);
        } else if (!byBandTables) {
            table.categories().get(groupBy).forEach(v -> groups.add(Scopes.group(groupBy, v)));
        }
        List<GroupResult> results = new ArrayList<>();
        for (String group : groups) {
            results.add(group(group, rows, questionnaire, table.measures()));
        }
        if (byBandTables) {
            for (String own : tables.subList(1, tables.size())) {
                GroupResult whole = group(CellKey.ALL, rows(roundId, scope, null, own), questionnaire,
                        table.measures());
                results.add(new GroupResult(Scopes.group(groupBy, own), groupBy, own, whole.respondents(),
                        whole.areas(), whole.items()));
            }
        }
        Figure respondents = figure(rows.get(CellKey.ALL + "|" + CellKey.RESPONDENTS));
        Integer issued = codesIssued(roundId, scope);
        Figure rate = respondents.isShown() && issued != null && issued > 0
                ? Figure.of((int) Math.round(100.0 * respondents.value() / issued))
                : respondents.isShown() ? null : Figure.hidden();
        // Free texts are screened per scope, never per band: a band of a home is too few writers.
        List<ResultsViews.FreeText> texts = groupBy == null && table.band().equals(CellKey.ALL_AGES)
                ? published.freeTexts(roundId, scope) : List.of();
        return new ResultsViews.RoundResults(round.id(), round.name(), ref, rounds.stateOf(round), true,
                round.threshold(), view, respondents, issued, rate, groupBy, results, texts, table.band(), tables);
    }

    /** The tables a round publishes: {@code all}, then each age band's when it has several. */
    public List<String> tables(RoundFacts round) {
        return RoundTables.tables(RoundTables.questionnairesByBand(round, questionnaires));
    }

    /** The area indexes of one scope's whole group, by area key (for feedback, reports and trends). */
    public Map<String, AreaIndex> areas(UUID roundId, String scope) {
        return areas(roundId, scope, CellKey.ALL_AGES);
    }

    /** The same in one table: all ages, or one age band's (all hidden where the scope has no band tables). */
    public Map<String, AreaIndex> areas(UUID roundId, String scope, String band) {
        RoundTables.Shape table = shape(roundId, band);
        return areas(rows(roundId, scope, null, table.band()), table);
    }

    public Figure respondents(UUID roundId, String scope) {
        return figure(rows(roundId, scope, null, CellKey.ALL_AGES).get(CellKey.ALL + "|" + CellKey.RESPONDENTS));
    }

    /** A scope's whole group in one table: its area indexes and item results by key. */
    public record WholeGroup(Map<String, AreaIndex> areas, Map<String, ItemResult> items) {
    }

    /** The whole group of one scope in one table of each round (a trend's), read at once. */
    public List<WholeGroup> wholeGroups(String scope, List<UUID> roundIds, List<String> bands) {
        Map<UUID, Map<String, StoredFigure>> tables = published.wholeGroups(scope, roundIds, bands);
        List<WholeGroup> groups = new ArrayList<>();
        for (int i = 0; i < roundIds.size(); i++) {
            RoundTables.Shape table = shape(roundIds.get(i), bands.get(i));
            Map<String, StoredFigure> rows = found(tables.get(roundIds.get(i)), roundIds.get(i), scope,
                    table.band());
            groups.add(new WholeGroup(areas(rows, table), items(rows, table)));
        }
        return groups;
    }

    private RoundTables.Shape shape(UUID roundId, String band) {
        return RoundTables.shape(RoundTables.questionnairesByBand(round(roundId), questionnaires), band);
    }

    private static Map<String, AreaIndex> areas(Map<String, StoredFigure> rows, RoundTables.Shape table) {
        List<String> inTable = table.measures().areas();
        Map<String, AreaIndex> areas = new java.util.LinkedHashMap<>();
        for (String area : se.lyssna.definitions.Area.keys()) {
            if (inTable.contains(area)) {
                areas.put(area, area(area, rows.get(CellKey.ALL + "|area:" + area)));
            }
        }
        return areas;
    }

    /** Item results of a whole group in one table (all ages: the items all bands share), by item ID. */
    private Map<String, ItemResult> items(Map<String, StoredFigure> rows, RoundTables.Shape table) {
        GroupResult group = group(CellKey.ALL, rows, table.describedBy(), table.measures());
        Map<String, ItemResult> items = new java.util.LinkedHashMap<>();
        group.items().forEach(i -> items.put(i.itemId(), i));
        return items;
    }

    private GroupResult group(String group, Map<String, StoredFigure> rows, Questionnaire questionnaire,
                              Measures measures) {
        String variable = group.equals(CellKey.ALL) ? null : group.substring(0, group.indexOf('='));
        String value = variable == null ? null : group.substring(group.indexOf('=') + 1);
        Figure respondents = figure(rows.get(group + "|" + Measure.RESPONDENTS.key()));
        List<AreaIndex> areas = new ArrayList<>();
        for (String area : measures.areas()) {
            areas.add(area(area, rows.get(group + "|" + Measure.area(area).key())));
        }
        List<ItemResult> items = new ArrayList<>();
        for (Item item : questionnaire.items()) {
            boolean counted = item instanceof MultipleChoiceItem
                    ? measures.keys().stream().anyMatch(k -> k instanceof Measure.Option o
                            && o.item().equals(item.id()))
                    : measures.keys().contains(Measure.item(item.id()));
            if (counted) {
                ItemResult result = item(item, group, rows, questionnaire, measures);
                if (result != null) {
                    items.add(result);
                }
            }
        }
        return new GroupResult(group, variable, value, respondents, areas, items);
    }

    private ItemResult item(Item item, String group, Map<String, StoredFigure> rows, Questionnaire questionnaire,
                            Measures measures) {
        String area = item.area().orElse(null);
        Scale scale = questionnaire.scaleOf(item).orElse(null);
        if (item instanceof MultipleChoiceItem && scale != null) {
            List<OptionFigure> options = new ArrayList<>();
            Integer answers = null;
            for (var option : scale.options()) {
                StoredFigure row = rows.get(group + "|" + Measure.item(item.id()).option(option.value()).key());
                if (row == null) {
                    continue;
                }
                if (row.hidden()) {
                    options.add(new OptionFigure(option.value(), kindOf(option.kind()), null, null, true,
                            Reason.PUBLIC_KEY));
                } else {
                    int ticked = row.counts().getOrDefault(Measures.TICKED, 0);
                    answers = row.size();
                    options.add(new OptionFigure(option.value(), kindOf(option.kind()), ticked,
                            percent(ticked, row.size()), null, null));
                }
            }
            boolean allHidden = answers == null;
            return new ItemResult(item.id(), item.kindName(), area, answers, null, options, allHidden ? true : null,
                    allHidden ? Reason.PUBLIC_KEY : null);
        }
        Measure measure = Measure.item(item.id());
        StoredFigure row = rows.get(group + "|" + measure.key());
        if (row == null || row.hidden()) {
            // No row: the scope is too small to be broken down by background, which a reader sees as hidden too.
            return new ItemResult(item.id(), item.kindName(), area, null, null, null, true, Reason.PUBLIC_KEY);
        }
        int real = 0;
        for (String option : measures.optionsOf(measure)) {
            if (measures.isRealAnswer(measure, option)) {
                real += row.counts().getOrDefault(option, 0);
            }
        }
        List<OptionFigure> options = new ArrayList<>();
        for (String option : measures.optionsOf(measure)) {
            int count = row.counts().getOrDefault(option, 0);
            boolean isReal = measures.isRealAnswer(measure, option);
            String kind = (isReal ? OptionKind.ANSWER : OptionKind.ofValue(option) == OptionKind.DONT_KNOW
                    ? OptionKind.DONT_KNOW : OptionKind.NO_ANSWER).key();
            options.add(new OptionFigure(option, kind, count, percent(count, isReal ? real : row.size()), null, null));
        }
        return new ItemResult(item.id(), item.kindName(), area, row.size(), real, options, null, null);
    }

    private static String kindOf(OptionKind kind) {
        return kind.key();
    }

    private static AreaIndex area(String area, StoredFigure row) {
        if (row == null || row.hidden()) {
            return AreaIndex.hidden(area);
        }
        int positive = row.counts().getOrDefault(Measures.POSITIVE, 0);
        int answers = positive + row.counts().getOrDefault(Measures.OTHER, 0);
        return new AreaIndex(area, percent(positive, answers), answers, row.size(), null, null);
    }

    static Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }

    private static Figure figure(StoredFigure row) {
        return row == null || row.hidden() ? Figure.hidden() : Figure.of(row.size());
    }

    private Map<String, StoredFigure> rows(UUID roundId, String scope, String groupBy, String band) {
        return found(published.table(roundId, scope, band, groupBy), roundId, scope, band);
    }

    private static Map<String, StoredFigure> found(Map<String, StoredFigure> figures, UUID roundId, String scope,
                                                   String band) {
        if (figures.isEmpty() && band.equals(CellKey.ALL_AGES)) {
            throw DomainException.notFound("No results for " + scope + " in round " + roundId);
        }
        // A band's table of a scope too small to be broken down has no rows: every figure of it reads as hidden.
        return figures;
    }

    private ResultsViews.Scope publishedScope(UUID roundId, String scope) {
        String name = published.scopeName(roundId, scope).orElseThrow(() -> DomainException.notFound("'"
                + Scope.parse(scope).code() + "' took no part in round " + roundId));
        return scopeView(scope, name);
    }

    public Integer codesIssued(UUID roundId, String scope) {
        return published.codesIssued(roundId, scope);
    }

    /** Units of an open round as scopes: a unit, a municipality with its care units, or the nation. */
    private List<UnitFacts> liveUnits(RoundFacts round, String scope) {
        List<UnitFacts> all = rounds.unitFactsOf(round);
        Scope parsed = Scope.parse(scope);
        if (parsed instanceof Scope.Nation) {
            return all;
        }
        String code = parsed.code();
        List<UnitFacts> matching = parsed instanceof Scope.Unit
                ? all.stream().filter(u -> u.code().equals(code)).toList()
                : all.stream().filter(u -> u.countsForMunicipality().equals(code)).toList();
        if (matching.isEmpty()) {
            throw DomainException.notFound("'" + code + "' takes no part in round " + round.id());
        }
        return matching;
    }

    private ResultsViews.Scope liveScope(RoundFacts round, String scope) {
        liveUnits(round, scope);
        Scope parsed = Scope.parse(scope);
        String name = parsed instanceof Scope.Nation ? "Riket" : units.facts(parsed.code()).name();
        return scopeView(scope, name);
    }

    /** During an open round, for the survey body: codes used, rounded to ten, hidden under the threshold. */
    private Figure liveRespondents(RoundFacts round, String scope) {
        List<UUID> ids = liveUnits(round, scope).stream().map(UnitFacts::id).toList();
        long used = responses.codesUsed(round.id(), ids);
        if (used < round.threshold()) {
            return Figure.hidden();
        }
        return Figure.roundedTo((int) (Math.round(used / (double) OPEN_ROUNDING) * OPEN_ROUNDING));
    }
}
