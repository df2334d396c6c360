package se.lyssna.app;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
import se.lyssna.app.storage.InMemoryAppStorage;
import se.lyssna.app.theme.DisplaySettings;
import se.lyssna.app.theme.SettingsStore;
import se.lyssna.app.theme.ThemeStylesheet;

/** Wires the app's parts together; the one place that knows every concrete class. */
public final class AppContexts {
    private AppContexts() {
    }

    public static AppContext create(AppConfig config, AppStorage storage, AudioPlayer audio, Executor ui,
                                    Backoff backoff) {
        return create(config, storage, audio, ui, backoff, networkThreads());
    }

    /** Where network calls run: daemon threads, so that closing the window ends the app. */
    public static Executor networkThreads() {
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "lyssna-network");
            t.setDaemon(true);
            return t;
        });
    }

    /** As above, with the executor for network calls given (tests pass a direct one); settings not remembered. */
    public static AppContext create(AppConfig config, AppStorage storage, AudioPlayer audio, Executor ui,
                                    Backoff backoff, Executor background) {
        return create(config, storage, new InMemoryAppStorage(), audio, ui, backoff, background);
    }

    /** @param preferences where the language and display settings are remembered (apart from the answers) */
    public static AppContext create(AppConfig config, AppStorage storage, AppStorage preferences, AudioPlayer audio,
                                    Executor ui, Backoff backoff, Executor background) {
        ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lyssna-sender");
            t.setDaemon(true);
            return t;
        });
        BackendClient backend = new BackendClient(config.backend());
        SurveyStore store = new SurveyStore(storage);
        SubmissionSender sender = new SubmissionSender(backend, store, worker, ui, backoff);
        DisplaySettings settings = new DisplaySettings();
        new SettingsStore(preferences).bind(settings);
        return new AppContext(config, settings, new Navigator(), new SurveySession(store), sender,
                backend, audio, Shipped.pictograms(), new ThemeStylesheet(Shipped.themeTokens()),
                background, ui, new LastRound(),
                new FacilitatorSession(new FacilitatorClient(config.backend())));
    }
}
