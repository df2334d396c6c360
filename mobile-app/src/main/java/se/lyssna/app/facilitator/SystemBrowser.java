package se.lyssna.app.facilitator;

import com.gluonhq.attach.browser.BrowserService;
import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The device's own browser, where the adult signs in at their organisation's provider: the app never sees the
 * password, and the browser's saved sign-in and the organisation's second factor work as everywhere else.
 */
@FunctionalInterface
public interface SystemBrowser {
    void open(URI uri) throws IOException;

    /** Gluon Attach's browser service on a phone or tablet; java.awt.Desktop on a desktop; empty where neither. */
    static Optional<SystemBrowser> ofPlatform() {
        Optional<BrowserService> attach = BrowserService.create();
        if (attach.isPresent()) {
            BrowserService browser = attach.get();
            return Optional.of(uri -> {
                try {
                    browser.launchExternalBrowser(uri.toString());
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
            });
        }
        if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            return Optional.of(uri -> Desktop.getDesktop().browse(uri));
        }
        return Optional.empty();
    }
}
