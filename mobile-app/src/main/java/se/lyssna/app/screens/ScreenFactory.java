package se.lyssna.app.screens;

import se.lyssna.app.AppContext;
import se.lyssna.app.audio.ReadAloud;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.nav.Destination;

/**
 * Builds the view and view model of each destination. A visitor over the sealed destinations (Java 17 has no
 * pattern switch): a new destination does not compile until it is mapped here. Each view model gets only the
 * parts of the context it uses.
 */
public class ScreenFactory implements Destination.Visitor<Screen> {
    private final AppContext ctx;
    private final FacilitatorScreens facilitator;
    private final ReadAloud readAloud;

    public ScreenFactory(AppContext ctx) {
        this.ctx = ctx;
        this.facilitator = new FacilitatorScreens(ctx);
        this.readAloud = new ReadAloud(ctx.audio(), ctx.backend()::audioUri);
    }

    public Screen build(Destination d) {
        return d.accept(this);
    }

    /** The reader shared by every screen, so that leaving a screen can stop it. */
    public ReadAloud readAloud() {
        return readAloud;
    }

    private Messages m() {
        return ctx.settings().messages();
    }

    @Override
    public Screen start(Destination.Start d) {
        return StartView.build(new StartViewModel(ctx.navigator(), ctx.facilitator(), ctx.resultsDestination()),
                m(), ctx.pictograms(), readAloud);
    }

    @Override
    public Screen language(Destination.Language d) {
        return LanguageView.build(new LanguageViewModel(ctx.settings(), ctx.navigator()), m(), ctx.pictograms(),
                readAloud);
    }

    @Override
    public Screen codeEntry(Destination.CodeEntry d) {
        CodeEntryViewModel vm = new CodeEntryViewModel(ctx.backend(), ctx.session(), ctx.settings(),
                ctx.navigator(), ctx.lastRound(), ctx.background(), ctx.ui());
        vm.codeProperty().set(d.prefilled());
        return CodeEntryView.build(vm, m(), ctx.pictograms(), readAloud, ctx.settings().textScaleProperty().get());
    }

    @Override
    public Screen age(Destination.Age d) {
        if (ctx.session().redeemed().isEmpty()) {
            return start(new Destination.Start());
        }
        return AgeView.build(new AgeViewModel(ctx.backend(), ctx.session(), ctx.navigator(), ctx.lastRound(),
                ctx.background(), ctx.ui()), m(), ctx.pictograms(), readAloud);
    }

    @Override
    public Screen about(Destination.About d) {
        if (!ctx.session().active()) {
            return start(new Destination.Start());
        }
        return AboutView.build(new AboutViewModel(ctx.session(), ctx.navigator()), m(), ctx.pictograms(), readAloud,
                ctx.settings().textScaleProperty().get());
    }

    @Override
    public Screen question(Destination.Question d) {
        if (!ctx.session().active()) {
            // Survey screens need a survey; after quick exit or a finished send there is none.
            return start(new Destination.Start());
        }
        return QuestionView.build(new QuestionViewModel(ctx.session(), ctx.navigator(), readAloud, d), m(),
                ctx.pictograms(), ctx.settings().textScaleProperty().get());
    }

    @Override
    public Screen review(Destination.Review d) {
        if (!ctx.session().active()) {
            return start(new Destination.Start());
        }
        return ReviewView.build(new ReviewViewModel(ctx.session(), ctx.sender(), ctx.navigator(), ctx.lastRound()),
                m(), ctx.pictograms(), readAloud);
    }

    @Override
    public Screen thankYou(Destination.ThankYou d) {
        return ThankYouView.build(new ThankYouViewModel(ctx.sender(), ctx.navigator(), ctx.resultsDestination(),
                d.helpLines()), m(), ctx.pictograms(), readAloud);
    }

    @Override
    public Screen neutral(Destination.Neutral d) {
        return NeutralView.build(new NeutralViewModel(ctx.navigator()), m());
    }

    @Override
    public Screen help(Destination.Help d) {
        return HelpView.build(new HelpViewModel(ctx.navigator(), d, ctx.session().helpLines()), m(),
                ctx.pictograms(), readAloud);
    }

    @Override
    public Screen results(Destination.Results d) {
        return ResultsView.build(new ResultsViewModel(ctx.backend(), ctx.navigator(), ctx.background(), ctx.ui(), d),
                m(), ctx.pictograms());
    }

    @Override
    public Screen facilitatorSignIn(Destination.FacilitatorSignIn d) {
        return facilitator.signIn();
    }

    @Override
    public Screen facilitatorHome(Destination.FacilitatorHome d) {
        return facilitator.home();
    }

    @Override
    public Screen facilitatorResults(Destination.FacilitatorResults d) {
        return facilitator.results(d);
    }

    @Override
    public Screen facilitatorArea(Destination.FacilitatorArea d) {
        return facilitator.area(d);
    }

    @Override
    public Screen facilitatorActions(Destination.FacilitatorActions d) {
        return facilitator.actions(d);
    }
}
