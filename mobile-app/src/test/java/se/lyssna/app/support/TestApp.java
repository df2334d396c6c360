package se.lyssna.app.support;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.stage.Stage;
import se.lyssna.app.AppConfig;
import se.lyssna.app.AppContext;
import se.lyssna.app.AppContexts;
import se.lyssna.app.sending.Backoff;
import se.lyssna.app.storage.AppStorage;
import se.lyssna.app.ui.AppShell;

/** Builds an app context for tests: a given backend and storage, quick backoff, a silent audio player. */
public final class TestApp {
    private TestApp() {
    }

    public static AppContext context(URI backend, AppStorage storage, Executor ui) {
        return context(backend, storage, ui, new SilentAudioPlayer());
    }

    /** Everything on the calling thread except the send queue's timer: for view-model tests without a window. */
    public static AppContext direct(URI backend, AppStorage storage, SilentAudioPlayer audio) {
        AppConfig config = new AppConfig(backend, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        return AppContexts.create(config, storage, audio, Runnable::run,
                new Backoff(Duration.ofMillis(100), Duration.ofMillis(400)), Runnable::run);
    }

    /** With a given configuration (results unit, downloads folder …). */
    public static AppContext context(AppConfig config, AppStorage storage, Executor ui) {
        return AppContexts.create(config, storage, new SilentAudioPlayer(), ui,
                new Backoff(Duration.ofMillis(100), Duration.ofMillis(400)));
    }

    /** A phone-sized app on the stage; launched again on the same storage, it is the app after a crash. */
    public static AppContext onStage(Stage stage, URI backend, AppStorage storage) {
        AppContext ctx = context(backend, storage, Platform::runLater);
        AppShell shell = new AppShell(ctx, 360, 740);
        shell.startUp();
        stage.setScene(shell.scene());
        return ctx;
    }

    public static AppContext context(URI backend, AppStorage storage, Executor ui, SilentAudioPlayer audio) {
        AppConfig config = new AppConfig(backend, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        return AppContexts.create(config, storage, audio, ui,
                new Backoff(Duration.ofMillis(100), Duration.ofMillis(400)));
    }
}
