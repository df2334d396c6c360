package se.lyssna.app.screens;

import se.lyssna.app.nav.Destination;
import se.lyssna.app.nav.Navigator;

/** Where to get help now; "back" returns to the screen the child came from, answers untouched. */
public class HelpViewModel {
    private final Navigator navigator;
    private final Destination from;

    public HelpViewModel(Navigator navigator, Destination.Help where) {
        this.navigator = navigator;
        this.from = where.from();
    }

    public void back() {
        navigator.go(from);
    }
}
