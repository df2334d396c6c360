package se.lyssna.app.ui;

import se.lyssna.app.support.ViewModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.lyssna.app.AppContext;
import se.lyssna.app.i18n.AppLanguage;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.screens.CodeEntryViewModel;
import se.lyssna.app.sending.SendState;
import se.lyssna.app.storage.InMemoryAppStorage;
import se.lyssna.app.support.FakeBackend;
import se.lyssna.app.support.TestApp;
import se.lyssna.app.survey.ChoiceQuestion;
import se.lyssna.app.survey.LineQuestion;
import se.lyssna.app.survey.NumberQuestion;
import se.lyssna.app.survey.Question;
import se.lyssna.app.survey.TextQuestion;

/** Renders every screen, phone and tablet, Swedish and Arabic, to docs/screenshots (run by scripts/screenshots.sh). */
@Tag("screenshots")
class ScreenshotGallery {
    private static Path out;

    @BeforeAll
    static void startFx() throws Exception {
        String dir = System.getProperty("lyssna.screenshots.dir", "");
        out = Path.of(dir.isBlank() ? "target/screenshots" : dir);
        Files.createDirectories(out);
        try {
            Platform.startup(() -> { });
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyRunning) {
            Platform.setImplicitExit(false);
        }
    }

    private record Size(String name, double width, double height) {
    }

    @Test
    void renderGallery() throws Exception {
        List<Size> sizes = List.of(new Size("phone", 360, 740), new Size("tablet", 800, 1280));
        try (FakeBackend backend = new FakeBackend(true)) {
            for (AppLanguage language : List.of(AppLanguage.SWEDISH, AppLanguage.ARABIC)) {
                for (Size size : sizes) {
                    renderAll(backend, language, size);
                }
            }
            // Extra states: large text, high contrast, landscape phone.
            Size phone = sizes.get(0);
            shoot(backend, AppLanguage.SWEDISH, phone, "sv-phone-question-text200", ctx -> {
                ctx.settings().textScaleProperty().set(2.0);
                goTo(ctx, first(ctx, ChoiceQuestion.class));
            });
            // A yes/no question: a tick and a cross (answer-pictures), not faces.
            shoot(backend, AppLanguage.SWEDISH, phone, "sv-phone-question-yes-no", ctx -> ctx.navigator().go(
                    new Destination.Question("del-sw-same")));
            shoot(backend, AppLanguage.SWEDISH, phone, "sv-phone-question-frequency", ctx -> ctx.navigator().go(
                    new Destination.Question("del-sw-alone")));
            // A used code from a letter: refused, and it opens its unit's results instead.
            shoot(backend, AppLanguage.SWEDISH, phone, "sv-phone-code-used", ctx -> ctx.navigator().go(
                    new Destination.CodeEntry(backend.usedCode())));
            shoot(backend, AppLanguage.SWEDISH, phone, "sv-phone-review-text200", ctx -> {
                ctx.settings().textScaleProperty().set(2.0);
                ctx.navigator().go(new Destination.Review());
            });
            shoot(backend, AppLanguage.ARABIC, phone, "ar-phone-question-placement", ctx -> {
                ctx.navigator().go(new Destination.Question("bg-placement-form"));
            });
            shoot(backend, AppLanguage.SWEDISH, phone, "sv-phone-question-multiple-text150", ctx -> {
                ctx.settings().textScaleProperty().set(1.5);
                goTo(ctx, ctx.session().survey().questions().stream()
                        .filter(q -> q instanceof ChoiceQuestion && ((ChoiceQuestion) q).multiple())
                        .findFirst().orElseThrow());
            });
            shoot(backend, AppLanguage.SWEDISH, phone, "sv-phone-question-contrast", ctx -> {
                ctx.settings().highContrastProperty().set(true);
                goTo(ctx, first(ctx, ChoiceQuestion.class));
            });
            shoot(backend, AppLanguage.SWEDISH, new Size("phone-landscape", 740, 360),
                    "sv-phone-landscape-question", ctx -> goTo(ctx, first(ctx, ChoiceQuestion.class)));
        }
    }

    private void renderAll(FakeBackend backend, AppLanguage lang, Size size) throws Exception {
        String p = lang.tag() + "-" + size.name() + "-";
        shoot(backend, lang, size, p + "01-start", ctx -> ctx.navigator().go(new Destination.Start()));
        shoot(backend, lang, size, p + "02-language", ctx -> ctx.navigator().go(new Destination.Language()));
        shoot(backend, lang, size, p + "03-code-error", ctx -> {
            ctx.navigator().go(new Destination.CodeEntry());
        });
        shoot(backend, lang, size, p + "04-about", ctx -> ctx.navigator().go(new Destination.About()));
        shoot(backend, lang, size, p + "05-question-faces", ctx -> {
            Question q = first(ctx, ChoiceQuestion.class);
            ctx.session().setAnswer(q.id(), List.of(((ChoiceQuestion) q).answers().get(0).value()));
            goTo(ctx, q);
        });
        shoot(backend, lang, size, p + "06-question-multiple", ctx -> goTo(ctx, ctx.session().survey().questions()
                .stream().filter(q -> q instanceof ChoiceQuestion && ((ChoiceQuestion) q).multiple())
                .findFirst().orElseThrow()));
        shoot(backend, lang, size, p + "07-question-line", ctx -> goTo(ctx, first(ctx, LineQuestion.class)));
        shoot(backend, lang, size, p + "08-question-number", ctx -> goTo(ctx, first(ctx, NumberQuestion.class)));
        shoot(backend, lang, size, p + "09-question-text", ctx -> goTo(ctx, first(ctx, TextQuestion.class)));
        shoot(backend, lang, size, p + "10-review", ctx -> ctx.navigator().go(new Destination.Review()));
        shoot(backend, lang, size, p + "11-thanks-waiting", ctx -> {
            backend.stop();
            for (Question q : ctx.session().visibleQuestions()) {
                if (q.prompt().required() && ctx.session().answer(q.id()).isEmpty()) {
                    ctx.session().setAnswer(q.id(), List.of(q.prompt().noAnswer().orElseThrow().value()));
                }
            }
            ViewModels.review(ctx).send();
        });
        backend.start();
        shoot(backend, lang, size, p + "12-results", ctx -> ctx.navigator().go(
                new Destination.Results(FakeBackend.ROUND, FakeBackend.UNIT)));
        shoot(backend, lang, size, p + "13-neutral", ctx -> ctx.navigator().go(new Destination.Neutral()));
        shoot(backend, lang, size, p + "14-help", ctx -> ctx.navigator().go(
                new Destination.Help(new Destination.Start())));
    }

    private static Question first(AppContext ctx, Class<? extends Question> kind) {
        return ctx.session().survey().questions().stream().filter(kind::isInstance).findFirst().orElseThrow();
    }

    private static void goTo(AppContext ctx, Question q) {
        ctx.navigator().go(new Destination.Question(q.id()));
    }

    /** A fresh app with a redeemed code in the given language; setUp moves it to the screen to draw. */
    private void shoot(FakeBackend backend, AppLanguage lang, Size size, String name, Consumer<AppContext> setUp)
            throws Exception {
        // -Dlyssna.screenshots.only=<regex> renders only the shots whose names match (to look at a few quickly).
        if (!name.matches(System.getProperty("lyssna.screenshots.only", ".*"))) {
            return;
        }
        CompletableFuture<Scene> ready = new CompletableFuture<>();
        List<AppContext> holder = new ArrayList<>();
        Platform.runLater(() -> {
            try {
                AppContext ctx = TestApp.context(backend.uri(), new InMemoryAppStorage(), Platform::runLater);
                holder.add(ctx);
                ctx.settings().languageProperty().set(lang);
                AppShell shell = new AppShell(ctx, size.width(), size.height());
                shell.startUp();
                if (!name.matches(".*(01-start|02-language|03-code-error|code-used|13-neutral|14-help).*")) {
                    redeem(ctx, backend);
                }
                setUp.accept(ctx);
                Stage stage = new Stage();
                stage.setScene(shell.scene());
                stage.show();
                if (name.contains("code-used")) {
                    ((javafx.scene.control.Button) shell.scene().lookup("#code-submit")).fire();
                }
                if (name.contains("03-code-error")) {
                    ((javafx.scene.control.TextField) shell.scene().lookup("#code-field")).setText("abcd-efgh-1234");
                    ((javafx.scene.control.Button) shell.scene().lookup("#code-submit")).fire();
                }
                ready.complete(shell.scene());
            } catch (RuntimeException e) {
                ready.completeExceptionally(e);
            }
        });
        Scene scene = ready.get(20, TimeUnit.SECONDS);
        Thread.sleep(name.contains("results") || name.contains("thanks") ? 1500 : 400);
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            image.complete(scene.snapshot(null));
            ((Stage) scene.getWindow()).close();
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(20, TimeUnit.SECONDS), null), "png",
                out.resolve(name + ".png").toFile());
        holder.forEach(ctx -> {
            if (ctx.sender().stateProperty().get() == SendState.WAITING) {
                ctx.session().clear();
            }
        });
    }

    private static void redeem(AppContext ctx, FakeBackend backend) {
        // Network calls run on a background thread in the app; here the code is redeemed synchronously.
        AppContext direct = TestApp.direct(backend.uri(), new InMemoryAppStorage(),
                new se.lyssna.app.support.SilentAudioPlayer());
        direct.settings().languageProperty().set(ctx.settings().languageProperty().get());
        CodeEntryViewModel vm = ViewModels.code(direct);
        vm.codeProperty().set(backend.newCode());
        vm.submit();
        var p = direct.session();
        ctx.session().begin("CODE", p.participation().orElseThrow(), questionnaireOf(direct),
                ctx.settings().languageProperty().get());
    }

    private static se.lyssna.app.api.QuestionnaireDto questionnaireOf(AppContext ctx) {
        try {
            var part = ctx.session().participation().orElseThrow();
            return ctx.backend().questionnaire(part.questionnaire().key(), part.questionnaire().version(),
                    ctx.settings().languageProperty().get().tag());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
