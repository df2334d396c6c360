package se.lyssna.app.screens.facilitator;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import se.lyssna.app.api.ApiException;
import se.lyssna.app.i18n.Messages;

/** Runs a network call off the UI thread and hands the result (or the failure) back on it. */
final class Async {
    private Async() {
    }

    static <T> void run(FacilitatorContext ctx, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        ctx.background().execute(() -> {
            try {
                T value = work.call();
                ctx.ui().execute(() -> done.accept(value));
            } catch (Exception e) {
                ctx.ui().execute(() -> failed.accept(e));
            }
        });
    }

    /** A failure in words for the adult: offline, not allowed, or the backend's own detail. */
    static String describe(Exception e, Messages m) {
        if (e instanceof ApiException) {
            ApiException api = (ApiException) e;
            if (api.status() == 0) {
                return m.get("error.offline");
            }
            if (api.status() == 401 || api.status() == 403) {
                return m.get("error.forbidden");
            }
            return api.problem().map(p -> p.detail() != null ? p.detail() : p.title()).orElse(api.getMessage());
        }
        return String.valueOf(e.getMessage());
    }
}
