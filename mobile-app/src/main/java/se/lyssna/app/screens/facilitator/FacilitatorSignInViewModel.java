package se.lyssna.app.screens.facilitator;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.lyssna.app.api.ApiException;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.nav.Destination;

/**
 * Sign in at the organisation's identity provider in the system browser (no token is ever pasted), or, where the
 * backend offers it (demo builds only), with a minted demo token.
 */
public class FacilitatorSignInViewModel {
    public static final String DEFAULT_DEMO_UNITS = "0180-hvb-demo-solrosen";

    /** What gets the provider's token: the browser sign-in in the app, a stand-in in tests. */
    @FunctionalInterface
    public interface AdultSignIn {
        String accessToken() throws java.io.IOException;
    }

    private final FacilitatorContext ctx;
    private final Messages m;
    private final AdultSignIn browserSignIn;
    private final StringProperty demoUnits = new SimpleStringProperty(DEFAULT_DEMO_UNITS);
    private final ReadOnlyBooleanWrapper demoOffered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public FacilitatorSignInViewModel(FacilitatorContext ctx, Messages m, AdultSignIn browserSignIn) {
        this.ctx = ctx;
        this.m = m;
        this.browserSignIn = browserSignIn;
    }

    public StringProperty demoUnitsProperty() {
        return demoUnits;
    }

    public ReadOnlyBooleanProperty demoOfferedProperty() {
        return demoOffered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Asks the backend whether it mints demo tokens (demo profile only). */
    public void probeDemo() {
        Async.run(ctx, () -> ctx.facilitator().client().demoTokensOffered(), demoOffered::set, e -> { });
    }

    /** The demo units as typed: codes separated by commas or spaces. */
    public List<String> demoUnitList() {
        return Arrays.stream(demoUnits.get().split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    /** Opens the provider's sign-in page in the browser and, once the adult is through, checks the token. */
    public void signIn() {
        start(() -> ctx.facilitator().signIn(browserSignIn.accessToken()));
    }

    public void demoSignIn() {
        List<String> units = demoUnitList();
        if (units.isEmpty()) {
            return;
        }
        start(() -> ctx.facilitator().signIn(ctx.facilitator().client().mintDemoToken(units)));
    }

    private void start(java.util.concurrent.Callable<Boolean> attempt) {
        busy.set(true);
        error.set("");
        Async.run(ctx, attempt, accepted -> {
            busy.set(false);
            if (accepted) {
                ctx.navigator().go(new Destination.FacilitatorHome());
            } else {
                error.set(m.get("signin.refused"));
            }
        }, e -> {
            busy.set(false);
            if (e instanceof se.lyssna.app.facilitator.SystemBrowserSignIn.SignInFailed) {
                error.set(m.format("signin.failed", e.getMessage()));
            } else {
                error.set(e instanceof ApiException && ((ApiException) e).status() == 0 ? m.get("signin.offline")
                        : Async.describe(e, m));
            }
        });
    }

    public void back() {
        ctx.navigator().go(new Destination.Start());
    }
}
