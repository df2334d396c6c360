package se.lyssna.app;

import java.util.Optional;
import java.util.concurrent.Executor;
import se.lyssna.app.api.BackendClient;
import se.lyssna.app.audio.AudioPlayer;
import se.lyssna.app.facilitator.FacilitatorSession;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.nav.Navigator;
import se.lyssna.app.sending.SubmissionSender;
import se.lyssna.app.session.SurveySession;
import se.lyssna.app.theme.DisplaySettings;
import se.lyssna.app.theme.ThemeStylesheet;
import se.lyssna.app.ui.PictogramLibrary;

/**
 * Everything the screens share, built once in {@link LyssnaApp} (or a test) and passed down by constructor.
 *
 * @param background where network calls run
 * @param ui         where results are handed back (the FX thread in the app, the caller in tests)
 * @param lastRound  the round and unit of this child's code, in memory only, for the results screen
 * @param facilitator the adult's sign-in (token in memory only) for the facilitator screens
 */
public record AppContext(AppConfig config, DisplaySettings settings, Navigator navigator, SurveySession session,
                         SubmissionSender sender, BackendClient backend, AudioPlayer audio,
                         PictogramLibrary pictograms, ThemeStylesheet stylesheet, Executor background, Executor ui,
                         LastRound lastRound, FacilitatorSession facilitator) {

    /** The results this device may show: from the child's code, or configured for a shared council tablet. */
    public Optional<Destination.Results> resultsDestination() {
        if (lastRound.get().isPresent()) {
            return lastRound.get();
        }
        if (config.resultsRound().isPresent() && config.resultsUnit().isPresent()) {
            return Optional.of(new Destination.Results(config.resultsRound().get(), config.resultsUnit().get()));
        }
        return Optional.empty();
    }
}
