package se.lyssna.app.screens;

import se.lyssna.app.support.ViewModels;
import se.lyssna.app.AppContext;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.storage.InMemoryAppStorage;
import se.lyssna.app.support.FakeBackend;
import se.lyssna.app.support.SilentAudioPlayer;
import se.lyssna.app.support.TestApp;

/** A context on the calling thread, against the fake backend, with storage in memory. */
final class ViewModelFixture implements AutoCloseable {
    final FakeBackend backend;
    final InMemoryAppStorage storage = new InMemoryAppStorage();
    final SilentAudioPlayer audio = new SilentAudioPlayer();
    final AppContext ctx;

    ViewModelFixture(boolean withAudio) {
        backend = new FakeBackend(withAudio);
        ctx = TestApp.direct(backend.uri(), storage, audio);
    }

    /** Redeems a fresh code and lands on the about screen. */
    ViewModelFixture started() {
        CodeEntryViewModel code = ViewModels.code(ctx);
        code.codeProperty().set(backend.newCode().toLowerCase());
        code.submit();
        if (!(ctx.navigator().current() instanceof Destination.About)) {
            throw new IllegalStateException("code was not accepted: " + code.errorProperty().get());
        }
        return this;
    }

    QuestionViewModel question(String id) {
        return ViewModels.question(ctx, id);
    }

    String currentItem() {
        Destination d = ctx.navigator().current();
        return d instanceof Destination.Question ? ((Destination.Question) d).itemId() : d.toString();
    }

    @Override
    public void close() {
        backend.close();
    }
}
