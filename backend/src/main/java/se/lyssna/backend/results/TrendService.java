package se.lyssna.backend.results;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.results.ResultsViews.AreaIndex;
import se.lyssna.backend.results.ResultsViews.ItemResult;
import se.lyssna.backend.results.ResultsViews.TrendLine;
import se.lyssna.backend.results.ResultsViews.TrendPoint;
import se.lyssna.backend.rounds.RoundViews.RoundFacts;
import se.lyssna.backend.results.disclosure.CellKey;
import se.lyssna.backend.results.disclosure.Measure;
import se.lyssna.backend.rounds.RoundBand;
import se.lyssna.definitions.DiffResult;
import se.lyssna.definitions.ItemComparison;
import se.lyssna.definitions.Questionnaire;

/**
 * Trends over the last published rounds of one questionnaire key, read from the frozen tables only. Where an item
 * changed between two versions (a new ID, a new scale or a declared change of meaning, see QuestionnaireDiff) the
 * point after the change carries {@code breakBefore}; an area breaks when any of its items does.
 */
@ApplicationScoped
public class TrendService {
    public static final int DEFAULT_ROUNDS = 5;

    private final PublishedResults published;
    private final QuestionnaireRegistry questionnaires;
    private final ResultsService results;

    TrendService(PublishedResults published, QuestionnaireRegistry questionnaires, ResultsService results) {
        this.published = published;
        this.questionnaires = questionnaires;
        this.results = results;
    }

    /** The questionnaire key that asks for the all-ages table of every round instead of one questionnaire's. */
    public static final String ALL_AGES = "all-ages";

    public ResultsViews.Trends trends(String key, String scope, int last) {
        if (ALL_AGES.equals(key)) {
            return allAges(scope, Math.max(1, Math.min(last, 20)));
        }
        if (questionnaires.catalog().versionsOf(key).isEmpty()) {
            throw DomainException.notFound("No questionnaire with key '" + key + "'");
        }
        List<RoundFacts> published = publishedRounds(key, scope, Math.max(1, Math.min(last, 20)));
        List<ResultsViews.QuestionnaireRef> versions = new ArrayList<>();
        Map<String, String> itemAreas = new LinkedHashMap<>();
        Set<String> areaKeys = new LinkedHashSet<>();
        List<Questionnaire> versionOf = new ArrayList<>();
        List<Measures> measuresOf = new ArrayList<>();
        Map<Questionnaire, Measures> counted = new IdentityHashMap<>();
        Map<String, DiffResult> diffs = new LinkedHashMap<>();
        List<String> tableOf = new ArrayList<>();
        for (RoundFacts round : published) {
            // The band of the round asked with this key: its own table where the round has several bands.
            RoundBand band = round.bands().stream().filter(b -> questionnaires.byId(b.questionnaireVersionId()).key()
                    .equals(key)).findFirst().orElseThrow();
            tableOf.add(round.bands().size() > 1 ? band.band() : CellKey.ALL_AGES);
            Questionnaire questionnaire = questionnaires.byId(band.questionnaireVersionId());
            versionOf.add(questionnaire);
            // Once per version (the registry keeps one instance of each): it is read for every area and item below.
            Measures measures = counted.computeIfAbsent(questionnaire, Measures::new);
            measuresOf.add(measures);
            versions.add(new ResultsViews.QuestionnaireRef(questionnaire.key(), questionnaire.version()));
            measures.areaItems().forEach((area, ids) -> {
                areaKeys.add(area);
                ids.forEach(id -> itemAreas.put(id, area));
            });
        }
        Map<String, List<TrendPoint>> areaPoints = new LinkedHashMap<>();
        Map<String, List<TrendPoint>> itemPoints = new LinkedHashMap<>();
        areaKeys.forEach(a -> areaPoints.put(a, new ArrayList<>()));
        itemAreas.keySet().forEach(i -> itemPoints.put(i, new ArrayList<>()));
        List<ResultsService.WholeGroup> wholeGroups = results.wholeGroups(scope,
                published.stream().map(RoundFacts::id).toList(), tableOf);
        for (int r = 0; r < published.size(); r++) {
            RoundFacts round = published.get(r);
            Questionnaire questionnaire = versionOf.get(r);
            // Rounds in a row mostly ask the same version: compare each pair of versions once.
            Questionnaire before = r == 0 ? null : versionOf.get(r - 1);
            DiffResult diff = before == null ? null : diffs.computeIfAbsent(before.version() + "→"
                    + questionnaire.version(), v -> diff(before, questionnaire));
            Map<String, AreaIndex> areas = wholeGroups.get(r).areas();
            Map<String, ItemResult> items = wholeGroups.get(r).items();
            Measures measures = measuresOf.get(r);
            Map<String, List<String>> areaItems = measures.areaItems();
            for (String area : areaKeys) {
                String breakReason = diff == null ? null : areaBreak(diff, area, measuresOf.get(r - 1), measures,
                        questionnaire.version());
                AreaIndex index = areas.get(area);
                if (index == null || !areaItems.containsKey(area)) {
                    continue;
                }
                areaPoints.get(area).add(new TrendPoint(round.id(), round.name(), questionnaire.version(),
                        index.positivePercent(), index.answers(), index.suppressed(), index.reason(),
                        breakReason == null ? null : true, breakReason));
            }
            for (String itemId : itemAreas.keySet()) {
                ItemResult item = items.get(itemId);
                if (item == null) {
                    continue;
                }
                String breakReason = null;
                if (diff != null) {
                    ItemComparison comparison = diff.item(itemId).orElse(null);
                    if (comparison != null && !comparison.isComparable()) {
                        breakReason = comparison.reason();
                    }
                }
                Integer percent = null;
                if (item.options() != null && item.realAnswers() != null) {
                    int positive = 0;
                    for (var option : item.options()) {
                        if (measures.isPositive(Measure.item(itemId), option.value())) {
                            positive += option.count();
                        }
                    }
                    percent = ResultsService.percent(positive, item.realAnswers());
                }
                itemPoints.get(itemId).add(new TrendPoint(round.id(), round.name(), questionnaire.version(), percent,
                        item.realAnswers(), item.suppressed(), item.reason(),
                        breakReason == null ? null : true, breakReason));
            }
        }
        List<TrendLine> areaLines = new ArrayList<>();
        areaPoints.forEach((area, points) -> areaLines.add(new TrendLine(area, "area", area, points)));
        List<TrendLine> itemLines = new ArrayList<>();
        itemPoints.forEach((item, points) -> itemLines.add(new TrendLine(item, "item", itemAreas.get(item), points)));
        return new ResultsViews.Trends(key, scopeView(published, scope), versions, areaLines, itemLines);
    }

    /**
     * The area indexes of every published round's all-ages table. A point breaks where the age bands asked changed
     * (another group of children answers), or where, within a band kept, an item of the area changed.
     */
    private ResultsViews.Trends allAges(String scope, int last) {
        List<RoundFacts> published = this.published.roundsOf(scope, last).stream().map(results::round).toList();
        List<ResultsViews.QuestionnaireRef> versions = new ArrayList<>();
        Map<String, List<TrendPoint>> areaPoints = new LinkedHashMap<>();
        Map<String, Questionnaire> before = null;
        for (RoundFacts round : published) {
            Map<String, Questionnaire> byKey = new LinkedHashMap<>();
            round.bands().forEach(b -> {
                Questionnaire q = questionnaires.byId(b.questionnaireVersionId());
                byKey.put(q.key(), q);
            });
            Questionnaire main = questionnaires.byId(round.questionnaireVersionId());
            versions.add(new ResultsViews.QuestionnaireRef(main.key(), main.version()));
            for (Map.Entry<String, AreaIndex> entry : results.areas(round.id(), scope).entrySet()) {
                String breakReason = before == null ? null : allAgesBreak(before, byKey, entry.getKey());
                AreaIndex index = entry.getValue();
                areaPoints.computeIfAbsent(entry.getKey(), a -> new ArrayList<>()).add(new TrendPoint(round.id(),
                        round.name(), main.version(), index.positivePercent(), index.answers(), index.suppressed(),
                        index.reason(), breakReason == null ? null : true, breakReason));
            }
            before = byKey;
        }
        List<TrendLine> areaLines = new ArrayList<>();
        areaPoints.forEach((area, points) -> areaLines.add(new TrendLine(area, "area", area, points)));
        return new ResultsViews.Trends(ALL_AGES, scopeView(published, scope), versions, areaLines, List.of());
    }

    private String allAgesBreak(Map<String, Questionnaire> before, Map<String, Questionnaire> now, String area) {
        if (!before.keySet().equals(now.keySet())) {
            return "the age bands asked changed: " + before.keySet() + " → " + now.keySet();
        }
        List<String> changes = new ArrayList<>();
        now.forEach((key, q) -> {
            String reason = areaBreak(diff(before.get(key), q), area, new Measures(before.get(key)), new Measures(q),
                    q.version());
            if (reason != null) {
                changes.add(key + ": " + reason);
            }
        });
        return changes.isEmpty() ? null : String.join("; ", changes);
    }

    private DiffResult diff(Questionnaire from, Questionnaire to) {
        if (from.version().equals(to.version())) {
            return questionnaires.catalog().diff(to.key(), to.version(), to.version());
        }
        return questionnaires.catalog().diff(to.key(), from.version(), to.version());
    }

    /** An area's index is comparable only if every item it is computed from is. */
    private static String areaBreak(DiffResult diff, String area, Measures from, Measures to, String toVersion) {
        Set<String> ids = new LinkedHashSet<>();
        for (Measures m : List.of(from, to)) {
            m.areaItems().getOrDefault(area, List.of()).forEach(ids::add);
        }
        List<String> changes = new ArrayList<>();
        for (String id : ids) {
            diff.item(id).filter(c -> !c.isComparable()).ifPresent(c -> changes.add(id + ": "
                    + c.comparability().name().toLowerCase(java.util.Locale.ROOT) + " (" + c.reason() + ")"));
        }
        return changes.isEmpty() ? null : "items changed in " + toVersion + ": " + String.join("; ", changes);
    }

    private List<RoundFacts> publishedRounds(String key, String scope, int last) {
        return published.rounds(key, scope, last, null).stream().map(results::round).toList();
    }

    private ResultsViews.Scope scopeView(List<RoundFacts> published, String scope) {
        if (published.isEmpty()) {
            return results.scopeView(scope, null);
        }
        return results.scopeView(scope, this.published.scopeName(published.get(published.size() - 1).id(), scope)
                .orElse(null));
    }
}
