package se.lyssna.app.screens;

import java.util.Optional;
import se.lyssna.app.facilitator.FacilitatorSession;
import se.lyssna.app.nav.Navigator;
import se.lyssna.app.nav.Destination;

/** The neutral first screen: begin, or look at what children said. */
public class StartViewModel {
    private final Navigator navigator;
    private final FacilitatorSession facilitator;
    private final Optional<Destination.Results> results;

    public StartViewModel(Navigator navigator, FacilitatorSession facilitator, Optional<Destination.Results> results) {
        this.navigator = navigator;
        this.facilitator = facilitator;
        this.results = results;
    }

    public void begin() {
        navigator.go(new Destination.Language());
    }

    /** The discreet way into facilitator mode; it never shows a child's answers. */
    public void forAdults() {
        navigator.go(facilitator.signedIn() ? new Destination.FacilitatorHome()
                : new Destination.FacilitatorSignIn());
    }

    public Optional<Destination.Results> results() {
        return results;
    }

    public void showResults() {
        results.ifPresent(navigator::go);
    }
}
