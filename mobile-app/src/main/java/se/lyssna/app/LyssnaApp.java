package se.lyssna.app;

import javafx.application.Application;
import se.lyssna.app.nav.AppLink;
import javafx.application.Platform;
import javafx.stage.Stage;
import se.lyssna.app.audio.MediaAudioPlayer;
import se.lyssna.app.sending.Backoff;
import se.lyssna.app.storage.FileAppStorage;
import se.lyssna.app.storage.StorageLocation;
import se.lyssna.app.ui.AppShell;

/** The JavaFX application: builds the context, shows the shell, reports the cold start time. */
public class LyssnaApp extends Application {

    @Override
    public void start(Stage stage) {
        StartupClock.mark("toolkit");
        AppConfig config = AppConfig.fromEnvironment();
        java.nio.file.Path dir = StorageLocation.resolve(config.storageDir());
        FileAppStorage storage = new FileAppStorage(dir);
        FileAppStorage preferences = new FileAppStorage(dir.resolveSibling(dir.getFileName() + "-settings"));
        AppContext ctx = AppContexts.create(config, storage, preferences, new MediaAudioPlayer(), Platform::runLater,
                Backoff.standard(), AppContexts.networkThreads());
        StartupClock.mark("context");
        AppShell shell = new AppShell(ctx, 400, 760);
        StartupClock.mark("shell");
        // A letter's QR link (…/svara?kod=…) as the first argument or LYSSNA_APP_LINK; on a phone the OS passes it.
        String link = getParameters().getRaw().stream().findFirst().orElse(System.getenv("LYSSNA_APP_LINK"));
        shell.startUp(AppLink.code(link));
        StartupClock.mark("first screen built");
        stage.setTitle(ctx.settings().messages().get("app.name"));
        stage.setScene(shell.scene());
        stage.setMinWidth(320);
        stage.setMinHeight(480);
        // What the first screen does not need is made after its first frame, off the FX thread.
        StartupClock.reportFirstFrame(() -> ctx.background().execute(ctx.backend()::warmUp));
        stage.show();
        StartupClock.mark("stage shown");
    }
}
