package se.lyssna.app.screens;

import se.lyssna.app.AppContext;
import se.lyssna.app.facilitator.OidcSettings;
import se.lyssna.app.facilitator.SystemBrowser;
import se.lyssna.app.facilitator.SystemBrowserSignIn;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.screens.facilitator.FacilitatorActionsView;
import se.lyssna.app.screens.facilitator.FacilitatorActionsViewModel;
import se.lyssna.app.screens.facilitator.FacilitatorAreaView;
import se.lyssna.app.screens.facilitator.FacilitatorAreaViewModel;
import se.lyssna.app.screens.facilitator.FacilitatorContext;
import se.lyssna.app.screens.facilitator.FacilitatorHomeView;
import se.lyssna.app.screens.facilitator.FacilitatorHomeViewModel;
import se.lyssna.app.screens.facilitator.FacilitatorResultsView;
import se.lyssna.app.screens.facilitator.FacilitatorResultsViewModel;
import se.lyssna.app.screens.facilitator.FacilitatorSignInView;
import se.lyssna.app.screens.facilitator.FacilitatorSignInViewModel;

/** Builds the facilitator's screens; every one but sign-in needs a signed-in facilitator, else sign-in shows. */
class FacilitatorScreens {
    private final AppContext ctx;

    FacilitatorScreens(AppContext ctx) {
        this.ctx = ctx;
    }

    /** Only what the facilitator's screens use. */
    private FacilitatorContext adult() {
        return new FacilitatorContext(ctx.facilitator(), ctx.navigator(), ctx.background(), ctx.ui(),
                ctx.config().downloads());
    }

    private Messages m() {
        return Messages.facilitator(ctx.settings().languageProperty().get());
    }

    private double scale() {
        return ctx.settings().textScaleProperty().get();
    }

    Screen signIn() {
        Messages m = m();
        return FacilitatorSignInView.build(new FacilitatorSignInViewModel(adult(), m, () -> browserSignIn(m)), m);
    }

    /** The provider's sign-in in the device's browser; five minutes for the adult to finish there. */
    private static String browserSignIn(Messages m) throws java.io.IOException {
        SystemBrowser browser = SystemBrowser.ofPlatform()
                .orElseThrow(() -> new SystemBrowserSignIn.SignInFailed(m.get("signin.browser.none")));
        return new SystemBrowserSignIn(OidcSettings.fromEnvironment()).signIn(browser,
                java.time.Duration.ofMinutes(5), returnPage(m.get("signin.browser.page")));
    }

    private static String returnPage(String text) {
        String safe = text.replace("&", "&amp;").replace("<", "&lt;");
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Lyssna</title></head><body"
                + " style=\"font:20px/1.5 sans-serif;margin:3rem\"><p>" + safe + "</p></body></html>";
    }

    Screen home() {
        if (!ctx.facilitator().signedIn()) {
            return signIn();
        }
        return FacilitatorHomeView.build(new FacilitatorHomeViewModel(adult(), m()), m());
    }

    Screen results(Destination.FacilitatorResults d) {
        if (!ctx.facilitator().signedIn()) {
            return signIn();
        }
        return FacilitatorResultsView.build(new FacilitatorResultsViewModel(adult(), m(), d), m(), ctx.pictograms(),
                scale());
    }

    Screen area(Destination.FacilitatorArea d) {
        if (!ctx.facilitator().signedIn()) {
            return signIn();
        }
        return FacilitatorAreaView.build(new FacilitatorAreaViewModel(adult(), m(), d), m(), scale());
    }

    Screen actions(Destination.FacilitatorActions d) {
        if (!ctx.facilitator().signedIn()) {
            return signIn();
        }
        return FacilitatorActionsView.build(new FacilitatorActionsViewModel(adult(), m(), d), m(), scale());
    }
}
