package se.lyssna.app.screens.facilitator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.lyssna.app.api.ApiException;
import se.lyssna.app.api.FacilitatorDtos;
import se.lyssna.app.api.QuestionnaireDto;
import se.lyssna.app.api.ResultsDto;
import se.lyssna.app.facilitator.AreaBreakdown;
import se.lyssna.app.facilitator.AreaChart;
import se.lyssna.app.facilitator.AreaCharts;
import se.lyssna.app.facilitator.Figure;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.nav.Destination;

/** One unit's results in a round: each area beside its municipality and the nation, and the round before. */
public class FacilitatorResultsViewModel {

    /** The background variables results can be broken down by (API values of groupBy), in menu order. */
    public static final List<String> BREAKDOWNS = List.of("age-band", "gender", "placement-form", "placement-time",
            "born-in-sweden");

    /** Everything the view draws, fetched in one go. */
    public record Loaded(ResultsDto unit, List<AreaChart> charts, boolean municipalityAvailable,
                         Optional<String> previousRound, List<FreeTexts> freeTexts) {
    }

    /** The children's own words to one question ({@code question} its text, or null when unknown). */
    public record FreeTexts(String itemId, String question, List<String> texts) {
    }

    /** One group's bar in an area: the group in words and its figure. */
    public record GroupRow(String value, String label, Figure figure) {
    }

    /** The unit's areas broken down by {@code variable}: per area, a row per group. */
    public record Breakdown(String variable, List<AreaGroups> areas) {
        public Optional<AreaGroups> area(String area) {
            return areas.stream().filter(a -> a.area().equals(area)).findFirst();
        }
    }

    /** One area's group rows. */
    public record AreaGroups(String area, List<GroupRow> rows) {
    }

    private final FacilitatorContext ctx;
    private final Messages m;
    private final Destination.FacilitatorResults where;
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final MeetingPdf pdf;
    private final ReadOnlyObjectWrapper<Breakdown> breakdown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper breakdownStatus = new ReadOnlyStringWrapper("");
    private volatile String requested;

    public FacilitatorResultsViewModel(FacilitatorContext ctx, Messages m, Destination.FacilitatorResults where) {
        this.ctx = ctx;
        this.m = m;
        this.where = where;
        this.pdf = new MeetingPdf(ctx, m, where.roundId(), where.unitCode());
    }

    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public MeetingPdf pdf() {
        return pdf;
    }

    /** The current breakdown; null when none is chosen (or while it is being fetched). */
    public ReadOnlyObjectProperty<Breakdown> breakdownProperty() {
        return breakdown.getReadOnlyProperty();
    }

    /** "Fetching …" or a failure in words while a breakdown is not shown; empty otherwise. */
    public ReadOnlyStringProperty breakdownStatusProperty() {
        return breakdownStatus.getReadOnlyProperty();
    }

    /** Break the unit's areas down by a background variable; null (or blank) for no breakdown. */
    public void breakDownBy(String variable) {
        String v = variable == null || variable.isBlank() ? null : variable;
        requested = v;
        breakdown.set(null);
        if (v == null) {
            breakdownStatus.set("");
            return;
        }
        breakdownStatus.set(m.get("load.loading"));
        Async.run(ctx, () -> fetchBreakdown(v), b -> {
            if (v.equals(requested)) {
                breakdownStatus.set("");
                breakdown.set(b);
            }
        }, e -> {
            if (v.equals(requested)) {
                breakdownStatus.set(m.format("load.failed", Async.describe(e, m)));
            }
        });
    }

    private Breakdown fetchBreakdown(String variable) throws IOException {
        ResultsDto grouped = ctx.facilitator().results(where.roundId(), where.unitCode(), variable);
        ResultsDto unit = ctx.facilitator().results(where.roundId(), where.unitCode());
        List<String> order = unit.whole().map(ResultsDto.Group::areas).orElse(List.of()).stream()
                .map(ResultsDto.AreaIndex::area).toList();
        List<AreaGroups> areas = new ArrayList<>();
        for (AreaBreakdown a : AreaBreakdown.build(grouped, order)) {
            List<GroupRow> rows = new ArrayList<>();
            for (AreaBreakdown.GroupFigure g : a.groups()) {
                rows.add(new GroupRow(g.value(), groupLabel(variable, g.value()), g.figure()));
            }
            areas.add(new AreaGroups(a.area(), rows));
        }
        return new Breakdown(variable, areas);
    }

    /** A breakdown choice in words ("Kön"); null or blank is "Ingen". */
    public String breakdownLabel(String variable) {
        return m.get("breakdown." + (variable == null || variable.isBlank() ? "none" : variable));
    }

    /** A group in words: girl → Tjej, hvb → HVB, not-stated → Ej angivet; age bands as they are. */
    public String groupLabel(String variable, String value) {
        if (value == null) {
            return m.get("group.not-stated");
        }
        String specific = "group." + variable + "." + value;
        if (m.has(specific)) {
            return m.get(specific);
        }
        return m.has("group." + value) ? m.get("group." + value) : value;
    }

    public void load() {
        Async.run(ctx, this::fetch, loaded::set, e -> error.set(m.format("load.failed", Async.describe(e, m))));
    }

    /** The unit, its municipality (a 403 is shown as not available) and the nation. */
    private Loaded fetch() throws IOException {
        var session = ctx.facilitator();
        ResultsDto unit = session.results(where.roundId(), where.unitCode());
        String key = unit.questionnaire() == null ? "national-13-17" : unit.questionnaire().key();
        List<AreaCharts.Column> columns = new ArrayList<>();
        FacilitatorDtos.Trends unitTrends = trendsOrNull(key, where.unitCode());
        columns.add(new AreaCharts.Column(AreaChart.Series.UNIT, unit.scope().name(), unit, unitTrends));
        Optional<String> municipality = Optional.ofNullable(unit.scope().municipality());
        boolean municipalityAvailable = false;
        if (municipality.isPresent()) {
            ResultsDto muni = forbiddenAsNull(() -> session.results(where.roundId(), municipality.get()));
            municipalityAvailable = muni != null;
            if (muni != null) {   // else one note above the charts rather than an empty bar in each
                columns.add(new AreaCharts.Column(AreaChart.Series.MUNICIPALITY,
                        m.format("scope.municipality", muni.scope().name()), muni,
                        trendsOrNull(key, municipality.get())));
            }
        }
        ResultsDto nation = session.results(where.roundId(), null);
        columns.add(new AreaCharts.Column(AreaChart.Series.NATION, m.get("scope.nation"), nation,
                trendsOrNull(key, null)));
        return new Loaded(unit, AreaCharts.build(where.roundId(), unit, columns), municipalityAvailable,
                AreaCharts.previousRoundName(where.roundId(), unitTrends), freeTexts(unit));
    }

    /** The unit's free texts per question, in the server's order, with the question's text where known. */
    private List<FreeTexts> freeTexts(ResultsDto unit) {
        List<ResultsDto.FreeText> all = unit.freeTextsOrEmpty();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<String, String> questions = new HashMap<>();
        try {
            if (unit.questionnaire() != null) {
                QuestionnaireDto q = ctx.facilitator().questionnaire(unit.questionnaire().key(),
                        unit.questionnaire().version(), m.language().tag());
                if (q.items() != null) {
                    q.items().forEach(i -> questions.put(i.id(), i.text()));
                }
            }
        } catch (IOException e) {
            // the texts without their question
        }
        Map<String, List<String>> byItem = new LinkedHashMap<>();
        for (ResultsDto.FreeText t : all) {
            if (t.text() != null && !t.text().isBlank()) {
                byItem.computeIfAbsent(t.itemId() == null ? "" : t.itemId(), k -> new ArrayList<>()).add(t.text());
            }
        }
        List<FreeTexts> out = new ArrayList<>();
        byItem.forEach((item, texts) -> out.add(new FreeTexts(item, questions.get(item), List.copyOf(texts))));
        return out;
    }

    private FacilitatorDtos.Trends trendsOrNull(String key, String scope) {
        try {
            return ctx.facilitator().trends(key, scope);
        } catch (IOException e) {
            return null;   // no trend: no bar for the round before
        }
    }

    private interface Fetch<T> {
        T get() throws IOException;
    }

    private static <T> T forbiddenAsNull(Fetch<T> fetch) throws IOException {
        try {
            return fetch.get();
        } catch (ApiException e) {
            if (e.status() == 403 || e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    public String unitCode() {
        return where.unitCode();
    }

    public void openArea(String area) {
        ctx.navigator().go(new Destination.FacilitatorArea(where.roundId(), where.unitCode(), area));
    }

    public void openActions() {
        ctx.navigator().go(new Destination.FacilitatorActions(where.roundId(), where.unitCode()));
    }

    public void change() {
        ctx.navigator().go(new Destination.FacilitatorHome());
    }

    public void signOut() {
        ctx.facilitator().signOut();
        ctx.navigator().go(new Destination.Start());
    }
}
