package se.lyssna.app.screens;

import java.io.IOException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import java.util.concurrent.Executor;
import se.lyssna.app.api.BackendClient;
import se.lyssna.app.nav.Navigator;
import se.lyssna.app.api.FeedbackDto;
import se.lyssna.app.nav.Destination;

/** What children said: the unit's and the nation's published, protected results. */
public class ResultsViewModel {
    /** Loading, shown, or could not be fetched. */
    public enum State { LOADING, LOADED, FAILED }

    private final BackendClient backend;
    private final Navigator navigator;
    private final Executor background;
    private final Executor ui;
    private final Destination.Results where;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyObjectWrapper<FeedbackDto> feedback = new ReadOnlyObjectWrapper<>();

    public ResultsViewModel(BackendClient backend, Navigator navigator, Executor background, Executor ui,
                            Destination.Results where) {
        this.backend = backend;
        this.navigator = navigator;
        this.background = background;
        this.ui = ui;
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
        background.execute(() -> {
            try {
                FeedbackDto dto = fetch();
                ui.execute(() -> {
                    feedback.set(dto);
                    state.set(State.LOADED);
                });
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> state.set(State.FAILED));
            }
        });
    }

    /**
     * The unit's last PUBLISHED results (the child's own round is usually still open); when none is published yet,
     * the round's summary, which says so and still carries the council's actions.
     */
    private FeedbackDto fetch() throws IOException {
        java.util.Optional<FeedbackDto> latest = where.code() != null ? backend.feedbackByCode(where.code())
                : backend.latestFeedback(where.unitCode());
        if (latest.isPresent()) {
            return latest.get();
        }
        if (where.roundId() == null) {
            return new FeedbackDto(null, null, null, false, null, java.util.List.of(), java.util.List.of());
        }
        return backend.feedback(where.roundId(), where.unitCode());
    }

    public void close() {
        navigator.go(new Destination.Start());
    }
}
