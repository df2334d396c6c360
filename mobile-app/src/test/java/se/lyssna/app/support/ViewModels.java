package se.lyssna.app.support;

import se.lyssna.app.AppContext;
import se.lyssna.app.audio.ReadAloud;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.screens.AboutViewModel;
import se.lyssna.app.screens.CodeEntryViewModel;
import se.lyssna.app.screens.QuestionViewModel;
import se.lyssna.app.screens.ResultsViewModel;
import se.lyssna.app.screens.ReviewViewModel;

/** View models wired from a test's context the way the screen factory wires them. */
public final class ViewModels {
    private ViewModels() {
    }

    public static AboutViewModel about(AppContext ctx) {
        return new AboutViewModel(ctx.session(), ctx.navigator());
    }

    public static CodeEntryViewModel code(AppContext ctx) {
        return new CodeEntryViewModel(ctx.backend(), ctx.session(), ctx.settings(), ctx.navigator(),
                ctx.lastRound(), ctx.background(), ctx.ui());
    }

    public static QuestionViewModel question(AppContext ctx, String itemId) {
        return question(ctx, new Destination.Question(itemId));
    }

    public static QuestionViewModel question(AppContext ctx, Destination.Question where) {
        return new QuestionViewModel(ctx.session(), ctx.navigator(),
                new ReadAloud(ctx.audio(), ctx.backend()::audioUri), where);
    }

    public static ReviewViewModel review(AppContext ctx) {
        return new ReviewViewModel(ctx.session(), ctx.sender(), ctx.navigator(), ctx.lastRound());
    }

    public static ResultsViewModel results(AppContext ctx, Destination.Results where) {
        return new ResultsViewModel(ctx.backend(), ctx.navigator(), ctx.background(), ctx.ui(), where);
    }
}
