package se.lyssna.app.screens;

import java.util.Optional;
import se.lyssna.app.AppContext;
import se.lyssna.app.nav.Destination;

/** The neutral first screen: begin, or look at what children said. */
public class StartViewModel {
    private final AppContext ctx;

    public StartViewModel(AppContext ctx) {
        this.ctx = ctx;
    }

    public void begin() {
        ctx.navigator().go(new Destination.Language());
    }

    /** The discreet way into facilitator mode; it never shows a child's answers. */
    public void forAdults() {
        ctx.navigator().go(ctx.facilitator().signedIn() ? new Destination.FacilitatorHome()
                : new Destination.FacilitatorSignIn());
    }

    public Optional<Destination.Results> results() {
        return ctx.resultsDestination();
    }

    public void showResults() {
        results().ifPresent(ctx.navigator()::go);
    }
}
