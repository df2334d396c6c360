package se.lyssna.app.screens;

import se.lyssna.app.support.ViewModels;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.sending.SendState;
import se.lyssna.app.support.Eventually;

/** Review → send, with the backend down and then up: saved, retried with the same key, stored once, wiped. */
class SendingTest {
    private final ViewModelFixture f = new ViewModelFixture(false).started();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void send_whenBackendDownThenUp_storesExactlyOnceAndLeavesNothing() throws Exception {
        ViewModels.about(f.ctx).begin();
        QuestionViewModelTest.answerSomething(f.question(f.currentItem()));
        f.backend.stop();

        answerRequired(f.ctx);
        assertThat(ViewModels.review(f.ctx).canSend()).isTrue();
        ViewModels.review(f.ctx).send();
        assertThat(f.ctx.navigator().current()).isInstanceOf(Destination.ThankYou.class);
        Eventually.await("waiting state", Duration.ofSeconds(5),
                () -> f.ctx.sender().stateProperty().get() == SendState.WAITING);
        assertThat(f.storage.names()).containsExactly("outbox.json");
        assertThat(f.storage.read("outbox.json").orElseThrow()).contains("idempotencyKey");

        f.backend.start();
        Eventually.await("sent", Duration.ofSeconds(10),
                () -> f.ctx.sender().stateProperty().get() == SendState.SENT);
        assertThat(f.backend.responses()).hasSize(1);
        assertThat(f.storage.names()).isEmpty();
        assertThat(f.ctx.session().active()).isFalse();
    }

    @Test
    void send_whenARequiredQuestionIsUnanswered_isNotPossible() {
        ReviewViewModel review = ViewModels.review(f.ctx);
        assertThat(review.rows()).anyMatch(ReviewViewModel.Row::missing);
        assertThat(review.canSend()).isFalse();
        review.send();
        assertThat(f.storage.names()).containsExactly("progress.json");
    }

    /** "Don't want to answer" for every required question. */
    static void answerRequired(se.lyssna.app.AppContext ctx) {
        for (var q : ctx.session().visibleQuestions()) {
            if (q.prompt().required() && ctx.session().answer(q.id()).isEmpty()) {
                ctx.session().setAnswer(q.id(), java.util.List.of(q.prompt().noAnswer().orElseThrow().value()));
            }
        }
    }

    @Test
    void quickExit_wipesAnswersInProgress() {
        ViewModels.about(f.ctx).begin();
        QuestionViewModelTest.answerSomething(f.question(f.currentItem()));
        assertThat(f.storage.names()).containsExactly("progress.json");

        new ShellViewModel(f.ctx).quickExit();
        assertThat(f.ctx.navigator().current()).isInstanceOf(Destination.Neutral.class);
        assertThat(f.storage.names()).isEmpty();
        assertThat(f.ctx.session().active()).isFalse();
    }
}
