package se.lyssna.app.screens;

import java.util.List;
import se.lyssna.app.nav.Navigator;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.session.SurveySession;
import se.lyssna.app.survey.Question;

/** What anonymity means, that any question can be skipped, and who sees the results. */
public class AboutViewModel {
    private final SurveySession session;
    private final Navigator navigator;

    public AboutViewModel(SurveySession session, Navigator navigator) {
        this.session = session;
        this.navigator = navigator;
        session.setPosition(SurveySession.Stage.ABOUT, null);
    }

    public String title() {
        return session.survey().title();
    }

    public String intro() {
        return session.survey().intro();
    }

    public int questionCount() {
        return session.visibleQuestions().size();
    }

    public void begin() {
        List<Question> visible = session.visibleQuestions();
        if (visible.isEmpty()) {
            navigator.go(new Destination.Review());
        } else {
            navigator.go(new Destination.Question(visible.get(0).id()));
        }
    }
}
