package se.lyssna.app.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.lyssna.app.LastRound;
import se.lyssna.app.nav.Navigator;
import se.lyssna.app.sending.SubmissionSender;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.session.SurveySession;
import se.lyssna.app.storage.QueuedSubmission;
import se.lyssna.app.survey.AnswerOption;
import se.lyssna.app.survey.ChoiceQuestion;
import se.lyssna.app.survey.Question;

/** All questions shown and what was answered; change one, or send. */
public class ReviewViewModel {
    private final SurveySession session;
    private final SubmissionSender sender;
    private final Navigator navigator;
    private final LastRound lastRound;

    /**
     * One line of the review: the question, the answers as shown (empty = skipped), and those of them that are
     * answer options, which read-aloud speaks.
     */
    public record Row(String itemId, String question, List<String> answers, List<String> spokenAnswers,
                      boolean required) {
        /** A required question without an answer ("don't want to answer" counts as one). */
        public boolean missing() {
            return required && answers.isEmpty();
        }
    }

    public ReviewViewModel(SurveySession session, SubmissionSender sender, Navigator navigator, LastRound lastRound) {
        this.session = session;
        this.sender = sender;
        this.navigator = navigator;
        this.lastRound = lastRound;
        session.setPosition(SurveySession.Stage.REVIEW, null);
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Question q : session.visibleQuestions()) {
            List<String> labels = new ArrayList<>();
            List<String> spoken = new ArrayList<>();
            for (String value : session.answer(q.id())) {
                String label = labelOf(q, value);
                labels.add(label);
                // Answer options have audio; what the child typed is never read aloud (and none exists for it).
                if (!label.equals(value)) {
                    spoken.add(label);
                }
            }
            rows.add(new Row(q.id(), q.prompt().text(), labels, spoken, q.prompt().required()));
        }
        return rows;
    }

    public long answeredCount() {
        return rows().stream().filter(r -> !r.answers().isEmpty()).count();
    }

    /** Send is possible once every required question has an answer. */
    public boolean canSend() {
        return rows().stream().noneMatch(Row::missing);
    }

    /** The required questions still without an answer, in order: named at the top, each a tap away. */
    public List<Row> missing() {
        return rows().stream().filter(Row::missing).toList();
    }

    /** Opens an item to change it; "Next" there comes back here. */
    public void edit(String itemId) {
        navigator.go(new Destination.Question(itemId, true));
    }

    public void back() {
        List<Question> visible = session.visibleQuestions();
        if (visible.isEmpty()) {
            navigator.go(new Destination.About());
        } else {
            navigator.go(new Destination.Question(visible.get(visible.size() - 1).id()));
        }
    }

    /** Queues the answers on disk (with a fresh Idempotency-Key), forgets them in memory and starts sending. */
    public void send() {
        if (!canSend()) {
            return;
        }
        QueuedSubmission submission = session.toSubmission();
        lastRound.set(submission.roundId(), submission.unitCode());
        // The thank-you screen shows the help of the child's own band (a 19-year-old is not sent to Bris).
        Destination.ThankYou thanks = new Destination.ThankYou(session.helpLines());
        session.clear();
        sender.submit(submission);
        navigator.go(thanks);
    }

    private static String labelOf(Question q, String value) {
        Optional<AnswerOption> special = q.prompt().dontKnow().filter(o -> o.value().equals(value))
                .or(() -> q.prompt().noAnswer().filter(o -> o.value().equals(value)));
        if (special.isPresent()) {
            return special.get().label();
        }
        if (q instanceof ChoiceQuestion) {
            return ((ChoiceQuestion) q).answers().stream().filter(o -> o.value().equals(value))
                    .map(AnswerOption::label).findFirst().orElse(value);
        }
        return value;
    }
}
