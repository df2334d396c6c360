package se.lyssna.app.ui;

import com.gluonhq.attach.browser.BrowserService;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.Optional;

/** Tap to call, where the device can: a tel: link through Gluon Attach's browser service (none on a desktop). */
public final class Dialer {
    private Dialer() {
    }

    /** What calls the number, or empty where this device cannot call. */
    public static Optional<Runnable> call(String number) {
        return BrowserService.create().map(browser -> () -> {
            try {
                browser.launchExternalBrowser("tel:" + number.replaceAll("[^0-9+]", ""));
            } catch (IOException | URISyntaxException e) {
                // The number stays on screen in large print; the child can still dial it by hand.
            }
        });
    }
}
