package se.lyssna.app.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;
import se.lyssna.app.audio.ReadAloud;
import se.lyssna.app.nav.Navigator;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.session.SurveySession;
import se.lyssna.app.survey.AnswerOption;
import se.lyssna.app.survey.ChoiceQuestion;
import se.lyssna.app.survey.NumberQuestion;
import se.lyssna.app.survey.Question;
import se.lyssna.app.survey.TextQuestion;

/** One item on one screen: the answer so far, progress, skip logic, read-aloud, back and next. */
public class QuestionViewModel {
    private final SurveySession session;
    private final Navigator navigator;
    private final ReadAloud readAloud;
    private final boolean fromReview;
    private final Question question;
    private final ReadOnlyListWrapper<String> selected =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();

    public QuestionViewModel(SurveySession session, Navigator navigator, ReadAloud readAloud,
                             Destination.Question where) {
        this.session = session;
        this.navigator = navigator;
        this.readAloud = readAloud;
        this.fromReview = where.fromReview();
        String itemId = where.itemId();
        this.question = session.survey().find(itemId)
                .orElseThrow(() -> new IllegalArgumentException("no item " + itemId));
        selected.setAll(session.answer(itemId));
        session.setPosition(SurveySession.Stage.QUESTION, itemId);
        updateProgress();
    }

    public Question question() {
        return question;
    }

    /** The values chosen for this item (one for most kinds, several for multiple choice). */
    public ReadOnlyListProperty<String> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** 1-based place among the questions currently shown ("7 of 24"). */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public double progress() {
        return total.get() == 0 ? 0 : (double) position.get() / total.get();
    }

    /** Single choice, a step on the line, or a way of not answering: replaces the answer. */
    public void choose(String value) {
        if (question instanceof ChoiceQuestion && ((ChoiceQuestion) question).multiple() && isRealAnswer(value)) {
            toggle(value);
            return;
        }
        store(List.of(value));
    }

    /** Multiple choice: ticks or unticks one option ("don't know" and "no answer" are cleared by a real tick). */
    public void toggle(String value) {
        List<String> next = new ArrayList<>(selected);
        next.removeIf(v -> !isRealAnswer(v));
        if (!next.remove(value)) {
            next.add(value);
        }
        store(next);
    }

    /** Number kind: the field's text, kept within min and max; blank clears the answer. */
    public void setNumber(String text) {
        NumberQuestion n = (NumberQuestion) question;
        String digits = text == null ? "" : text.strip();
        if (digits.isEmpty()) {
            store(List.of());
            return;
        }
        try {
            int value = Math.max(n.min(), Math.min(n.max(), Integer.parseInt(digits)));
            store(List.of(Integer.toString(value)));
        } catch (NumberFormatException e) {
            // Not a number: keep the previous answer; the field filter stops most of these.
        }
    }

    public void step(int delta) {
        NumberQuestion n = (NumberQuestion) question;
        int current = currentNumber().orElse(delta > 0 ? n.min() - 1 : n.min() + 1);
        int value = Math.max(n.min(), Math.min(n.max(), current + delta));
        store(List.of(Integer.toString(value)));
    }

    public Optional<Integer> currentNumber() {
        if (selected.size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(selected.get(0)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Free text, cut to the item's maximum length. */
    public void setText(String text) {
        int max = ((TextQuestion) question).maxLength();
        String t = text == null ? "" : text;
        if (t.length() > max) {
            t = t.substring(0, max);
        }
        store(t.isBlank() ? List.of() : List.of(t));
    }

    public int remainingCharacters() {
        int used = selected.isEmpty() ? 0 : selected.get(0).length();
        return ((TextQuestion) question).maxLength() - used;
    }

    public void dontKnow() {
        question.prompt().dontKnow().ifPresent(o -> store(List.of(o.value())));
    }

    /** "I don't want to answer": recorded as such where the scale has it, otherwise the item is left empty. */
    public void noAnswer() {
        Optional<AnswerOption> option = question.prompt().noAnswer();
        store(option.map(o -> List.of(o.value())).orElse(List.of()));
        next();
    }

    public boolean hasAudio() {
        return !audioPaths().isEmpty();
    }

    /** The question's audio, then each answer's, as the API serves them (the answers are spoken too). */
    public List<String> audioPaths() {
        List<String> paths = new ArrayList<>();
        question.prompt().audio().ifPresent(paths::add);
        List<AnswerOption> options = new ArrayList<>();
        if (question instanceof ChoiceQuestion) {
            options.addAll(((ChoiceQuestion) question).answers());
        }
        question.prompt().dontKnow().ifPresent(options::add);
        question.prompt().noAnswer().ifPresent(options::add);
        options.stream().map(AnswerOption::audio).filter(a -> a != null && !a.isBlank()).forEach(paths::add);
        return paths;
    }

    /** Starts reading the question and its answers aloud, or stops. */
    public void playAudio() {
        readAloud.toggle(audioPaths());
    }

    public ReadAloud readAloud() {
        return readAloud;
    }

    /** Whether this item was opened from the review, so that "Next" returns there. */
    public boolean fromReview() {
        return fromReview;
    }

    public void next() {
        readAloud.stop();
        List<Question> visible = session.visibleQuestions();
        int i = indexIn(visible);
        if (fromReview) {
            navigator.go(new Destination.Review());
        } else if (i >= 0 && i + 1 < visible.size()) {
            navigator.go(new Destination.Question(visible.get(i + 1).id()));
        } else {
            navigator.go(new Destination.Review());
        }
    }

    public void back() {
        readAloud.stop();
        List<Question> visible = session.visibleQuestions();
        int i = indexIn(visible);
        if (i > 0) {
            navigator.go(new Destination.Question(visible.get(i - 1).id()));
        } else {
            navigator.go(new Destination.About());
        }
    }

    private boolean isRealAnswer(String value) {
        return question.prompt().dontKnow().map(o -> !o.value().equals(value)).orElse(true)
                && question.prompt().noAnswer().map(o -> !o.value().equals(value)).orElse(true);
    }

    private void store(List<String> values) {
        selected.setAll(values);
        session.setAnswer(question.id(), values);
        updateProgress();
    }

    private void updateProgress() {
        List<Question> visible = session.visibleQuestions();
        total.set(visible.size());
        position.set(indexIn(visible) + 1);
    }

    private int indexIn(List<Question> visible) {
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id().equals(question.id())) {
                return i;
            }
        }
        return -1;
    }
}
