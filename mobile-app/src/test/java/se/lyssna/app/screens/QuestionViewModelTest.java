package se.lyssna.app.screens;

import se.lyssna.app.support.ViewModels;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.survey.ChoiceQuestion;
import se.lyssna.app.survey.NumberQuestion;
import se.lyssna.app.survey.Question;
import se.lyssna.app.survey.TextQuestion;

class QuestionViewModelTest {
    private final ViewModelFixture f = new ViewModelFixture(true).started();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void progress_onFirstItem_isOneOfAllVisible() {
        ViewModels.about(f.ctx).begin();
        QuestionViewModel vm = f.question(f.currentItem());
        assertThat(vm.positionProperty().get()).isEqualTo(1);
        assertThat(vm.totalProperty().get()).isEqualTo(f.ctx.session().visibleQuestions().size());
    }

    @Test
    void followUp_isShownOnlyAfterTheAnswerItDependsOn() {
        Question followUp = f.ctx.session().survey().questions().stream()
                .filter(q -> q.prompt().showIf().isPresent()).findFirst().orElseThrow();
        var condition = followUp.prompt().showIf().get();
        int before = f.ctx.session().visibleQuestions().size();
        assertThat(f.ctx.session().visibleQuestions()).doesNotContain(followUp);

        QuestionViewModel parent = f.question(condition.item());
        parent.choose(condition.anyOf().get(0));
        assertThat(f.ctx.session().visibleQuestions()).contains(followUp);
        assertThat(parent.totalProperty().get()).isEqualTo(before + 1);
        parent.next();
        assertThat(f.currentItem()).isEqualTo(followUp.id());

        // Changing the answer hides the follow-up again and drops its answer from what is sent.
        QuestionViewModel child = f.question(followUp.id());
        answerSomething(child);
        parent = f.question(condition.item());
        parent.dontKnow();
        assertThat(f.ctx.session().answersToSend()).doesNotContainKey(followUp.id());
    }

    @Test
    void multipleChoice_togglesAndDontKnowReplacesTicks() {
        ChoiceQuestion multi = (ChoiceQuestion) f.ctx.session().survey().questions().stream()
                .filter(q -> q instanceof ChoiceQuestion && ((ChoiceQuestion) q).multiple()).findFirst()
                .orElseThrow();
        QuestionViewModel vm = f.question(multi.id());
        String a = multi.answers().get(0).value();
        String b = multi.answers().get(1).value();
        vm.choose(a);
        vm.choose(b);
        vm.choose(a);
        assertThat(vm.selectedProperty()).containsExactly(b);
        vm.dontKnow();
        assertThat(vm.selectedProperty()).containsExactly(multi.prompt().dontKnow().get().value());
        vm.choose(a);
        assertThat(vm.selectedProperty()).containsExactly(a);
    }

    @Test
    void number_isKeptWithinItsRange() {
        NumberQuestion n = (NumberQuestion) f.ctx.session().survey().questions().stream()
                .filter(q -> q instanceof NumberQuestion).findFirst().orElseThrow();
        QuestionViewModel vm = f.question(n.id());
        vm.step(-1);
        assertThat(vm.currentNumber()).contains(n.min());
        vm.setNumber("9999");
        assertThat(vm.currentNumber()).contains(n.max());
        vm.setNumber("");
        assertThat(vm.selectedProperty()).isEmpty();
    }

    @Test
    void freeText_isCutAtMaxLengthAndCounted() {
        TextQuestion t = (TextQuestion) f.ctx.session().survey().questions().stream()
                .filter(q -> q instanceof TextQuestion).findFirst().orElseThrow();
        QuestionViewModel vm = f.question(t.id());
        vm.setText("x".repeat(t.maxLength() + 50));
        assertThat(vm.selectedProperty().get(0)).hasSize(t.maxLength());
        assertThat(vm.remainingCharacters()).isZero();
    }

    @Test
    void noAnswer_recordsItAndMovesOn() {
        ViewModels.about(f.ctx).begin();
        String first = f.currentItem();
        QuestionViewModel vm = f.question(first);
        vm.noAnswer();
        assertThat(f.currentItem()).isNotEqualTo(first);
        assertThat(f.ctx.session().answer(first)).containsExactly("no-answer");
    }

    @Test
    void everyAnswer_isSavedAtOnce_andResumedByANewSession() {
        ViewModels.about(f.ctx).begin();
        String first = f.currentItem();
        QuestionViewModel vm = f.question(first);
        answerSomething(vm);
        List<String> answer = vm.selectedProperty();

        var restored = new se.lyssna.app.session.SurveySession(new se.lyssna.app.storage.SurveyStore(f.storage));
        assertThat(restored.restore()).isTrue();
        assertThat(restored.answer(first)).isEqualTo(answer);
        assertThat(restored.currentItem()).contains(first);
    }

    @Test
    void playAudio_readsTheQuestionThenEveryAnswer_fromTheBackend() {
        ViewModels.about(f.ctx).begin();
        QuestionViewModel vm = f.question(f.currentItem());
        ChoiceQuestion q = (ChoiceQuestion) vm.question();
        assertThat(vm.hasAudio()).isTrue();
        vm.playAudio();
        List<String> played = f.audio.played().stream().map(Object::toString).toList();
        assertThat(played).allMatch(u -> u.contains("/api/v1/audio/sv/"));
        assertThat(played.get(0)).endsWith(q.prompt().audio().orElseThrow());
        // Each answer option's audio follows the question's (a child who cannot read hears the answers too).
        assertThat(played).hasSize(1 + q.answers().size() + (q.prompt().dontKnow().isPresent() ? 1 : 0)
                + (q.prompt().noAnswer().isPresent() ? 1 : 0));
        assertThat(played.get(1)).endsWith(q.answers().get(0).audio());
        assertThat(vm.readAloud().stateProperty().get()).isEqualTo(se.lyssna.app.audio.ReadAloud.State.PLAYING);
        vm.playAudio();
        assertThat(f.audio.playingProperty().get()).as("the same button stops").isFalse();
        vm.playAudio();
        vm.next();
        assertThat(f.audio.playingProperty().get()).isFalse();
    }

    @Test
    void playAudio_offline_showsThatItFailed() {
        ViewModels.about(f.ctx).begin();
        QuestionViewModel vm = f.question(f.currentItem());
        f.audio.setOffline(true);
        vm.playAudio();
        assertThat(vm.readAloud().stateProperty().get()).isEqualTo(se.lyssna.app.audio.ReadAloud.State.FAILED);
    }

    @Test
    void changeFromReview_nextAndNoAnswer_returnToTheReview() {
        ViewModels.about(f.ctx).begin();
        String first = f.currentItem();
        ViewModels.review(f.ctx).edit(first);
        Destination.Question opened = (Destination.Question) f.ctx.navigator().current();
        assertThat(opened.fromReview()).isTrue();
        QuestionViewModel vm = ViewModels.question(f.ctx, opened);
        answerSomething(vm);
        vm.next();
        assertThat(f.ctx.navigator().current()).isInstanceOf(Destination.Review.class);
        ViewModels.review(f.ctx).edit(first);
        ViewModels.question(f.ctx, (Destination.Question) f.ctx.navigator().current()).noAnswer();
        assertThat(f.ctx.navigator().current()).isInstanceOf(Destination.Review.class);
    }

    @Test
    void review_namesTheUnansweredRequiredQuestions_inOrder() {
        ViewModels.about(f.ctx).begin();
        ReviewViewModel review = ViewModels.review(f.ctx);
        List<String> required = f.ctx.session().visibleQuestions().stream().filter(q -> q.prompt().required())
                .map(Question::id).toList();
        assertThat(required).isNotEmpty();
        assertThat(review.missing()).extracting(ReviewViewModel.Row::itemId).isEqualTo(required);
        answerSomething(f.question(required.get(0)));
        assertThat(ViewModels.review(f.ctx).missing()).extracting(ReviewViewModel.Row::itemId)
                .isEqualTo(required.subList(1, required.size()));
    }

    @Test
    void back_fromFirstItem_goesToAbout() {
        ViewModels.about(f.ctx).begin();
        f.question(f.currentItem()).back();
        assertThat(f.ctx.navigator().current()).isInstanceOf(Destination.About.class);
    }

    static void answerSomething(QuestionViewModel vm) {
        Question q = vm.question();
        if (q instanceof ChoiceQuestion) {
            vm.choose(((ChoiceQuestion) q).answers().get(0).value());
        } else if (q instanceof NumberQuestion) {
            vm.step(1);
        } else if (q instanceof TextQuestion) {
            vm.setText("Bra");
        } else {
            vm.choose("7");
        }
    }
}
