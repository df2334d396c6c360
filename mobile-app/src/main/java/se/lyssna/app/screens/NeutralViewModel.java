package se.lyssna.app.screens;

import se.lyssna.app.nav.Destination;
import se.lyssna.app.nav.Navigator;

/** After quick exit: a plain screen; its only action goes back to the neutral start. */
public class NeutralViewModel {
    private final Navigator navigator;

    public NeutralViewModel(Navigator navigator) {
        this.navigator = navigator;
    }

    public void close() {
        navigator.go(new Destination.Start());
    }
}
