package se.lyssna.app;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import se.lyssna.accessibility.theme.ThemeTokens;
import se.lyssna.app.api.Json;
import se.lyssna.app.i18n.AppLanguage;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.ui.PictogramLibrary;

/**
 * What the app ships and parses once (both immutable): made on first use, or ahead of it on another thread while
 * the FX toolkit starts ({@link #preload}), which leaves a core waiting on the display for a third of a second or
 * so; parsing the YAML (and initialising Jackson for it) was ~10 % of the FX thread's start-up work.
 */
final class Shipped {
    private static final FutureTask<PictogramLibrary> PICTOGRAMS = new FutureTask<>(PictogramLibrary::fromClasspath);
    private static final FutureTask<ThemeTokens> THEME = new FutureTask<>(ThemeTokens::load);

    private Shipped() {
    }

    static PictogramLibrary pictograms() {
        return once(PICTOGRAMS);
    }

    static ThemeTokens themeTokens() {
        return once(THEME);
    }

    /** Starts making both, and warms what the first screen reads next (Jackson's classes, the Swedish words). */
    static void preload() {
        Thread t = new Thread(() -> {
            pictograms();
            themeTokens();
            Json.mapper();
            Messages.of(AppLanguage.SWEDISH);
        }, "lyssna-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Runs the task here unless it ran or is running elsewhere, then waits for it; its own exception, unwrapped. */
    private static <T> T once(FutureTask<T> task) {
        task.run();
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the shipped files were read", e);
        }
    }
}
