package se.lyssna.backend.console;

import io.quarkus.qute.TemplateExtension;
import se.lyssna.backend.rounds.RoundViews;

/** Small readings for templates: Swedish words for states. */
@TemplateExtension
final class ConsoleTemplateExtensions {
    private ConsoleTemplateExtensions() {
    }

    static String stateSv(RoundViews.RoundView round) {
        return ConsoleViews.stateInSwedish(round.state());
    }
}
