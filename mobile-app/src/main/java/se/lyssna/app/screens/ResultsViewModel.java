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
                FeedbackDto dto = ctx.backend().feedback(where.roundId(), where.unitCode());
                ctx.ui().execute(() -> {
                    feedback.set(dto);
                    state.set(State.LOADED);
                });
            } catch (IOException | RuntimeException e) {
                ctx.ui().execute(() -> state.set(State.FAILED));
            }
        });
    }

    public void close() {
        ctx.navigator().go(new Destination.Start());
    }
}
