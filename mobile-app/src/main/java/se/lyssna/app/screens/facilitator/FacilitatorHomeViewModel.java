package se.lyssna.app.screens.facilitator;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.lyssna.app.api.FacilitatorDtos;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.nav.Destination;

/** The rounds with the facilitator's units, newest first; choosing a unit opens its results. */
public class FacilitatorHomeViewModel {
    private final FacilitatorContext ctx;
    private final Messages m;
    private final ReadOnlyObjectWrapper<List<FacilitatorDtos.RoundSummary>> rounds = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public FacilitatorHomeViewModel(FacilitatorContext ctx, Messages m) {
        this.ctx = ctx;
        this.m = m;
    }

    /** Null while loading. */
    public ReadOnlyObjectProperty<List<FacilitatorDtos.RoundSummary>> roundsProperty() {
        return rounds.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void load() {
        Async.run(ctx, () -> ctx.facilitator().rounds(), rounds::set,
                e -> error.set(m.format("load.failed", Async.describe(e, m))));
    }

    public void choose(String roundId, String unitCode) {
        ctx.navigator().go(new Destination.FacilitatorResults(roundId, unitCode));
    }

    public void signOut() {
        ctx.facilitator().signOut();
        ctx.navigator().go(new Destination.Start());
    }

    /** The round's state in words. */
    public String stateOf(FacilitatorDtos.RoundSummary r) {
        if ("open".equals(r.state())) {
            return m.get("home.state.open");
        }
        if ("scheduled".equals(r.state())) {
            return m.get("home.state.scheduled");
        }
        return r.isPublished() ? m.get("home.state.closed") : m.get("home.state.unpublished");
    }
}
