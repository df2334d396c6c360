package se.lyssna.app.screens;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import se.lyssna.app.api.HelpLineDto;
import se.lyssna.app.nav.Navigator;
import se.lyssna.app.sending.SubmissionSender;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.sending.SendState;

/** Thank you, whether the answers are sent or waiting, where to get help, and how results come back. */
public class ThankYouViewModel {
    private final SubmissionSender sender;
    private final Navigator navigator;
    private final Optional<Destination.Results> results;
    private final List<HelpLineDto> helpLines;

    public ThankYouViewModel(SubmissionSender sender, Navigator navigator, Optional<Destination.Results> results,
                             List<HelpLineDto> helpLines) {
        this.sender = sender;
        this.navigator = navigator;
        this.results = results;
        this.helpLines = List.copyOf(helpLines);
    }

    /**
     * The help lines of the band the child answered for; empty when not known (the app reopened with answers still
     * to send), and then no line is named rather than one meant for another age.
     */
    public List<HelpLineDto> helpLines() {
        return helpLines;
    }

    public ReadOnlyObjectProperty<SendState> sendStateProperty() {
        return sender.stateProperty();
    }

    public void retryNow() {
        sender.retryNow();
    }

    public Optional<Destination.Results> results() {
        return results;
    }

    public void showResults() {
        results.ifPresent(navigator::go);
    }

    public void finish() {
        navigator.go(new Destination.Start());
    }
}
