package se.lyssna.app.screens.facilitator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.lyssna.app.AppContext;
import se.lyssna.app.api.ApiException;
import se.lyssna.app.api.FacilitatorDtos;
import se.lyssna.app.api.ResultsDto;
import se.lyssna.app.facilitator.AreaChart;
import se.lyssna.app.facilitator.AreaCharts;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.nav.Destination;

/** One unit's results in a round: each area beside its municipality and the nation, and the round before. */
public class FacilitatorResultsViewModel {

    /** Everything the view draws, fetched in one go. */
    public record Loaded(ResultsDto unit, List<AreaChart> charts, boolean municipalityAvailable,
                         Optional<String> previousRound) {
    }

    private final AppContext ctx;
    private final Messages m;
    private final Destination.FacilitatorResults where;
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final MeetingPdf pdf;

    public FacilitatorResultsViewModel(AppContext ctx, Messages m, Destination.FacilitatorResults where) {
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
                AreaCharts.previousRoundName(where.roundId(), unitTrends));
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
