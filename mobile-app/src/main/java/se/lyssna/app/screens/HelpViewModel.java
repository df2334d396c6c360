package se.lyssna.app.screens;

import java.util.List;
import se.lyssna.app.api.HelpLineDto;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.nav.Navigator;

/** Where to get help now; "back" returns to the screen the child came from, answers untouched. */
public class HelpViewModel {
    private final Navigator navigator;
    private final Destination from;
    private final List<HelpLineDto> lines;

    /** @param lines the help lines of the questionnaire being answered; empty: the app's own (Bris) */
    public HelpViewModel(Navigator navigator, Destination.Help where, List<HelpLineDto> lines) {
        this.navigator = navigator;
        this.from = where.from();
        this.lines = List.copyOf(lines);
    }

    /** The lines to show: those of the child's questionnaire, so a 19-year-old is not sent to a children's line. */
    public List<HelpLineDto> lines() {
        return lines;
    }

    public void back() {
        navigator.go(from);
    }
}
