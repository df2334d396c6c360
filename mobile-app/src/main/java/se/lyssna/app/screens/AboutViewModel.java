package se.lyssna.app.screens;

import java.util.List;
import se.lyssna.app.AppContext;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.session.SurveySession;
import se.lyssna.app.survey.Question;

/** What anonymity means, that any question can be skipped, and who sees the results. */
public class AboutViewModel {
    private final AppContext ctx;

    public AboutViewModel(AppContext ctx) {
        this.ctx = ctx;
        ctx.session().setPosition(SurveySession.Stage.ABOUT, null);
    }

    public String title() {
        return ctx.session().survey().title();
    }

    public String intro() {
        return ctx.session().survey().intro();
    }

    public int questionCount() {
        return ctx.session().visibleQuestions().size();
    }

    public void begin() {
        List<Question> visible = ctx.session().visibleQuestions();
        if (visible.isEmpty()) {
            ctx.navigator().go(new Destination.Review());
        } else {
            ctx.navigator().go(new Destination.Question(visible.get(0).id()));
        }
    }
}
