package se.lyssna.app.screens;

import java.io.IOException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import se.lyssna.app.AppContext;
import se.lyssna.app.api.FeedbackDto;
import se.lyssna.app.nav.Destination;

/** What children said: the unit's and the nation's published, protected results. */
public class ResultsViewModel {
    /** Loading, shown, or could not be fetched. */
    public enum State { LOADING, LOADED, FAILED }

    private final AppContext ctx;
    private final Destination.Results where;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyObjectWrapper<FeedbackDto> feedback = new ReadOnlyObjectWrapper<>();

    public ResultsViewModel(AppContext ctx, Destination.Results where) {
        this.ctx = ctx;
        this.where = where;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FeedbackDto> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public void load() {
        state.set(State.LOADING);
        ctx.background().execute(() -> {
            try {
                FeedbackDto dto = fetch();
                ctx.ui().execute(() -> {
                    feedback.set(dto);
                    state.set(State.LOADED);
                });
            } catch (IOException | RuntimeException e) {
                ctx.ui().execute(() -> state.set(State.FAILED));
            }
        });
    }

    /**
     * The unit's last PUBLISHED results (the child's own round is usually still open); when none is published yet,
     * the round's summary, which says so and still carries the council's actions.
     */
    private FeedbackDto fetch() throws IOException {
        java.util.Optional<FeedbackDto> latest = ctx.backend().latestFeedback(where.unitCode());
        if (latest.isPresent()) {
            return latest.get();
        }
        if (where.roundId() == null) {
            return new FeedbackDto(null, null, null, false, null, java.util.List.of(), java.util.List.of());
        }
        return ctx.backend().feedback(where.roundId(), where.unitCode());
    }

    public void close() {
        ctx.navigator().go(new Destination.Start());
    }
}
