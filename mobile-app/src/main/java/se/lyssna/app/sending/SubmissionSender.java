package se.lyssna.app.sending;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import se.lyssna.app.api.BackendClient;
import se.lyssna.app.api.RedeemResult;
import se.lyssna.app.api.SendResult;
import se.lyssna.app.storage.QueuedSubmission;
import se.lyssna.app.storage.SurveyStore;

/** The send queue: one persisted submission, retried with backoff and the same Idempotency-Key until confirmed. */
public class SubmissionSender {
    private static final System.Logger LOG = System.getLogger(SubmissionSender.class.getName());
    private final BackendClient backend;
    private final SurveyStore store;
    private final ScheduledExecutorService worker;
    private final Executor ui;
    private final Backoff backoff;
    private final ReadOnlyObjectWrapper<SendState> state = new ReadOnlyObjectWrapper<>(SendState.IDLE);
    private ScheduledFuture<?> pending;

    public SubmissionSender(BackendClient backend, SurveyStore store, ScheduledExecutorService worker, Executor ui,
                            Backoff backoff) {
        this.backend = backend;
        this.store = store;
        this.worker = worker;
        this.ui = ui;
        this.backoff = backoff;
    }

    public ReadOnlyObjectProperty<SendState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Queues finished answers on disk and starts sending them. */
    public void submit(QueuedSubmission submission) {
        store.queue(submission);
        publish(SendState.SENDING);
        schedule(0);
    }

    /** At start-up: a queue left by an earlier run is sent again. Returns whether there was one. */
    public boolean resume() {
        if (store.loadQueued().isEmpty()) {
            return false;
        }
        publish(SendState.WAITING);
        schedule(0);
        return true;
    }

    /** "Try now": skip the rest of the current wait. */
    public synchronized void retryNow() {
        if (pending != null && pending.cancel(false)) {
            schedule(0);
        }
    }

    private synchronized void schedule(long delayMillis) {
        pending = worker.schedule(this::attempt, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void attempt() {
        try {
            attemptOnce();
        } catch (RuntimeException e) {
            // E.g. storage briefly unavailable: keep the queue and try again later rather than stop for good.
            LOG.log(System.Logger.Level.WARNING, "send attempt failed: {0}", e.toString());
            publish(SendState.WAITING);
            schedule(backoff.max().toMillis());
        }
    }

    private void attemptOnce() {
        Optional<QueuedSubmission> queued = store.loadQueued();
        if (queued.isEmpty()) {
            return;
        }
        QueuedSubmission submission = queued.get().withAttempt();
        store.updateQueued(submission);
        SendResult result = backend.send(submission.submissionToken(), submission.idempotencyKey(),
                submission.locale(), submission.questionnaire(), submission.answers());
        if (result instanceof SendResult.TokenRejected) {
            result = renewTokenAndSend(submission);
        }
        handle(submission, result);
    }

    private SendResult renewTokenAndSend(QueuedSubmission submission) {
        RedeemResult redeemed = backend.redeem(submission.code());
        if (redeemed instanceof RedeemResult.Redeemed) {
            String token = ((RedeemResult.Redeemed) redeemed).participation().submissionToken();
            QueuedSubmission renewed = submission.withToken(token);
            store.updateQueued(renewed);
            return backend.send(token, renewed.idempotencyKey(), renewed.locale(), renewed.questionnaire(),
                    renewed.answers());
        }
        if (redeemed instanceof RedeemResult.Unreachable) {
            return new SendResult.TryLater("token renewal unreachable");
        }
        return new SendResult.Refused(401, ((RedeemResult.Refused) redeemed).detail());
    }

    private void handle(QueuedSubmission submission, SendResult result) {
        if (result instanceof SendResult.Accepted) {
            store.wipeAll();
            publish(SendState.SENT);
        } else if (result instanceof SendResult.Refused) {
            SendResult.Refused refused = (SendResult.Refused) result;
            // Status and problem detail only: never the answers.
            LOG.log(System.Logger.Level.WARNING, "submission refused: HTTP {0}: {1}", refused.status(),
                    refused.detail());
            store.wipeAll();
            publish(SendState.REFUSED);
        } else {
            publish(SendState.WAITING);
            schedule(backoff.delay(submission.attempts() - 1).toMillis());
        }
    }

    private void publish(SendState next) {
        ui.execute(() -> state.set(next));
    }
}
