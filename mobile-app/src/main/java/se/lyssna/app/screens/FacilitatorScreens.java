package se.lyssna.app.screens;

import se.lyssna.app.AppContext;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.screens.facilitator.FacilitatorActionsView;
import se.lyssna.app.screens.facilitator.FacilitatorActionsViewModel;
import se.lyssna.app.screens.facilitator.FacilitatorAreaView;
import se.lyssna.app.screens.facilitator.FacilitatorAreaViewModel;
import se.lyssna.app.screens.facilitator.FacilitatorHomeView;
import se.lyssna.app.screens.facilitator.FacilitatorHomeViewModel;
import se.lyssna.app.screens.facilitator.FacilitatorResultsView;
import se.lyssna.app.screens.facilitator.FacilitatorResultsViewModel;
import se.lyssna.app.screens.facilitator.FacilitatorSignInView;
import se.lyssna.app.screens.facilitator.FacilitatorSignInViewModel;

/** Builds the facilitator's screens; every one but sign-in needs a signed-in facilitator. */
class FacilitatorScreens {
    private final AppContext ctx;

    FacilitatorScreens(AppContext ctx) {
        this.ctx = ctx;
    }

    Screen build(Destination d) {
        Messages m = Messages.facilitator(ctx.settings().languageProperty().get());
        double scale = ctx.settings().textScaleProperty().get();
        if (d instanceof Destination.FacilitatorSignIn || !ctx.facilitator().signedIn()) {
            return FacilitatorSignInView.build(new FacilitatorSignInViewModel(ctx, m), m);
        }
        if (d instanceof Destination.FacilitatorResults) {
            return FacilitatorResultsView.build(new FacilitatorResultsViewModel(ctx, m,
                    (Destination.FacilitatorResults) d), m, ctx.pictograms(), scale);
        }
        if (d instanceof Destination.FacilitatorArea) {
            return FacilitatorAreaView.build(new FacilitatorAreaViewModel(ctx, m, (Destination.FacilitatorArea) d),
                    m, scale);
        }
        if (d instanceof Destination.FacilitatorActions) {
            return FacilitatorActionsView.build(new FacilitatorActionsViewModel(ctx, m,
                    (Destination.FacilitatorActions) d), m, scale);
        }
        return FacilitatorHomeView.build(new FacilitatorHomeViewModel(ctx, m), m);
    }
}
