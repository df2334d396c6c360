package se.lyssna.app.screens;

import se.lyssna.app.AppContext;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.nav.Destination;

/** Builds the view and view model of a destination. One instanceof chain over the sealed destinations. */
public class ScreenFactory {
    private final AppContext ctx;

    private final FacilitatorScreens facilitator;

    public ScreenFactory(AppContext ctx) {
        this.ctx = ctx;
        this.facilitator = new FacilitatorScreens(ctx);
    }

    public Screen build(Destination d) {
        Messages m = ctx.settings().messages();
        double scale = ctx.settings().textScaleProperty().get();
        if (d instanceof Destination.Language) {
            return LanguageView.build(new LanguageViewModel(ctx.settings(), ctx.navigator()), m);
        }
        if (d instanceof Destination.CodeEntry) {
            return CodeEntryView.build(new CodeEntryViewModel(ctx), m);
        }
        if (d instanceof Destination.Neutral) {
            return NeutralView.build(new NeutralViewModel(ctx.navigator()), m);
        }
        if (d instanceof Destination.Results) {
            return ResultsView.build(new ResultsViewModel(ctx, (Destination.Results) d), m, ctx.pictograms());
        }
        if (Destination.isForAdults(d)) {
            return facilitator.build(d);
        }
        if (d instanceof Destination.ThankYou) {
            return ThankYouView.build(new ThankYouViewModel(ctx), m, ctx.pictograms());
        }
        if (!ctx.session().active()) {
            // Survey screens need a survey; after quick exit or a finished send there is none.
            return StartView.build(new StartViewModel(ctx), m, ctx.pictograms());
        }
        if (d instanceof Destination.About) {
            return AboutView.build(new AboutViewModel(ctx), m, ctx.pictograms());
        }
        if (d instanceof Destination.Question) {
            String id = ((Destination.Question) d).itemId();
            return QuestionView.build(new QuestionViewModel(ctx, id), m, ctx.pictograms(), scale);
        }
        if (d instanceof Destination.Review) {
            return ReviewView.build(new ReviewViewModel(ctx), m);
        }
        return StartView.build(new StartViewModel(ctx), m, ctx.pictograms());
    }
}
