package se.lyssna.app.screens;

import se.lyssna.app.AppContext;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.session.SurveySession;

/** The frame around every screen: start-up routing, quick exit, text size and contrast. */
public class ShellViewModel {
    private final AppContext ctx;

    public ShellViewModel(AppContext ctx) {
        this.ctx = ctx;
    }

    /** Where the app opens: a queued send first, then answers in progress, else the neutral start. */
    public void startUp() {
        startUp(java.util.Optional.empty());
    }

    /**
     * As above; opened from a letter's QR code, the code screen with that code filled in, unless answers are in
     * progress (a link never throws them away).
     */
    public void startUp(java.util.Optional<String> linkedCode) {
        if (ctx.sender().resume()) {
            ctx.navigator().go(new Destination.ThankYou());
            return;
        }
        SurveySession session = ctx.session();
        if (!session.restore()) {
            ctx.navigator().go(linkedCode.<Destination>map(Destination.CodeEntry::new)
                    .orElseGet(Destination.Start::new));
            return;
        }
        ctx.settings().languageProperty().set(session.language());
        session.participation().ifPresent(p -> ctx.lastRound().set(p.roundId(), p.unitCode()));
        if (session.stage() == SurveySession.Stage.REVIEW) {
            ctx.navigator().go(new Destination.Review());
        } else if (session.stage() == SurveySession.Stage.QUESTION && session.currentItem().isPresent()
                && session.survey().find(session.currentItem().get()).isPresent()) {
            ctx.navigator().go(new Destination.Question(session.currentItem().get()));
        } else {
            ctx.navigator().go(new Destination.About());
        }
    }

    /** One tap: stop reading aloud, wipe the answers in progress, show a screen with nothing about the survey. */
    public void quickExit() {
        ctx.audio().stop();
        ctx.session().wipe();
        ctx.lastRound().set(null, null);
        ctx.facilitator().signOut();
        ctx.navigator().go(new Destination.Neutral());
    }

    /** A+: one step larger, up to 200 % (it never jumps back to 100 %; A− goes down). */
    public void largerText() {
        ctx.settings().largerText();
    }

    public void smallerText() {
        ctx.settings().smallerText();
    }

    /** Help over the current screen; its "back" returns there. */
    public void help() {
        Destination here = ctx.navigator().current();
        if (!(here instanceof Destination.Help)) {
            ctx.navigator().go(new Destination.Help(here));
        }
    }

    public void toggleContrast() {
        ctx.settings().toggleContrast();
    }
}
