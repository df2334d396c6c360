package se.lyssna.app;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import se.lyssna.accessibility.theme.ThemeTokens;
import se.lyssna.app.api.BackendClient;
import se.lyssna.app.api.FacilitatorClient;
import se.lyssna.app.facilitator.FacilitatorSession;
import se.lyssna.app.audio.AudioPlayer;
import se.lyssna.app.nav.Navigator;
import se.lyssna.app.sending.Backoff;
import se.lyssna.app.sending.SubmissionSender;
import se.lyssna.app.session.SurveySession;
import se.lyssna.app.storage.AppStorage;
import se.lyssna.app.storage.SurveyStore;
import se.lyssna.app.theme.DisplaySettings;
import se.lyssna.app.theme.ThemeStylesheet;
import se.lyssna.app.ui.PictogramLibrary;

/** Wires the app's parts together; the one place that knows every concrete class. */
public final class AppContexts {
    private AppContexts() {
    }

    public static AppContext create(AppConfig config, AppStorage storage, AudioPlayer audio, Executor ui,
                                    Backoff backoff) {
        Executor background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "lyssna-network");
            t.setDaemon(true);
            return t;
        });
        return create(config, storage, audio, ui, backoff, background);
    }

    /** As above, with the executor for network calls given (tests pass a direct one). */
    public static AppContext create(AppConfig config, AppStorage storage, AudioPlayer audio, Executor ui,
                                    Backoff backoff, Executor background) {
        ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lyssna-sender");
            t.setDaemon(true);
            return t;
        });
        BackendClient backend = new BackendClient(config.backend());
        SurveyStore store = new SurveyStore(storage);
        SubmissionSender sender = new SubmissionSender(backend, store, worker, ui, backoff);
        return new AppContext(config, new DisplaySettings(), new Navigator(), new SurveySession(store), sender,
                backend, audio, PictogramLibrary.fromClasspath(), new ThemeStylesheet(ThemeTokens.load()),
                background, ui, new LastRound(),
                new FacilitatorSession(new FacilitatorClient(config.backend())));
    }
}
