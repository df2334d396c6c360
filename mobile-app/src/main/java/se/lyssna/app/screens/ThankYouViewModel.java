package se.lyssna.app.screens;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import se.lyssna.app.AppContext;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.sending.SendState;

/** Thank you, whether the answers are sent or waiting, where to get help, and how results come back. */
public class ThankYouViewModel {
    private final AppContext ctx;

    public ThankYouViewModel(AppContext ctx) {
        this.ctx = ctx;
    }

    public ReadOnlyObjectProperty<SendState> sendStateProperty() {
        return ctx.sender().stateProperty();
    }

    public void retryNow() {
        ctx.sender().retryNow();
    }

    public Optional<Destination.Results> results() {
        return ctx.resultsDestination();
    }

    public void showResults() {
        results().ifPresent(ctx.navigator()::go);
    }

    public void finish() {
        ctx.navigator().go(new Destination.Start());
    }
}
