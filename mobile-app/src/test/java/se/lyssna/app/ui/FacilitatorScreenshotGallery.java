package se.lyssna.app.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lyssna.app.AppConfig;
import se.lyssna.app.AppContext;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.storage.InMemoryAppStorage;
import se.lyssna.app.support.RealBackend;
import se.lyssna.app.support.TestApp;

/**
 * Renders the facilitator's screens (tablet 800×1280 and desktop 1280×800, Swedish) against the REAL backend with
 * the demo results, to docs/screenshots/facilitator-*.png (run by scripts/screenshots.sh).
 */
@Tag("screenshots")
class FacilitatorScreenshotGallery {
    private static final String SOLROSEN = "0180-hvb-demo-solrosen";
    private static final String KAJEN = "0180-sb-demo-kajen";
    private static RealBackend backend;
    private static Path out;
    private static String round;
    private static String token;

    private record Size(String name, double width, double height) {
    }

    @BeforeAll
    static void start(@TempDir Path tmp) throws Exception {
        assumeTrue(RealBackend.packagedJar().isPresent(), "backend jar not built");
        String dir = System.getProperty("lyssna.screenshots.dir", "");
        out = Path.of(dir.isBlank() ? "target/screenshots" : dir);
        Files.createDirectories(out);
        backend = new RealBackend(RealBackend.packagedJar().get(), tmp);
        backend.start();
        List<String> rounds = backend.seedDemoResults();
        round = rounds.get(rounds.size() - 1);
        token = backend.facilitatorToken(SOLROSEN, KAJEN);
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by another gallery
        }
        Platform.setImplicitExit(false);
    }

    @AfterAll
    static void stop() throws Exception {
        if (backend != null) {
            backend.close();
        }
    }

    private static final String SAID = "Vi vill kunna låsa dörren till vårt rum.";

    @Test
    void renderFacilitatorGallery() throws Exception {
        backend.deleteActions(SOLROSEN, SAID);
        backend.recordAction(SOLROSEN, java.util.Map.of("round", round, "area", "trygghet", "youSaid", SAID,
                "weDecided", "Alla rum ska få lås som barnen själva styr över.", "weDid", "Låsen är beställda.",
                "responsible", "Föreståndaren", "status", "in-progress"));
        try {
            render();
        } finally {
            backend.deleteActions(SOLROSEN, SAID);
        }
    }

    private void render() throws Exception {
        for (Size size : List.of(new Size("tablet", 800, 1280), new Size("desktop", 1280, 800))) {
            String p = "facilitator-" + size.name() + "-";
            shoot(size, p + "01-sign-in", false, ctx -> ctx.navigator().go(new Destination.FacilitatorSignIn()),
                    null);
            shoot(size, p + "02-rounds", true, ctx -> ctx.navigator().go(new Destination.FacilitatorHome()), null);
            shoot(size, p + "03-results", true, ctx -> ctx.navigator().go(
                    new Destination.FacilitatorResults(round, SOLROSEN)), null);
            shoot(size, p + "04-results-charts", true, ctx -> ctx.navigator().go(
                    new Destination.FacilitatorResults(round, SOLROSEN)), "#fac-chart-utbildning");
            shoot(size, p + "05-results-suppressed", true, ctx -> ctx.navigator().go(
                    new Destination.FacilitatorResults(round, KAJEN)), "#fac-charts");
            shoot(size, p + "06-area", true, ctx -> ctx.navigator().go(
                    new Destination.FacilitatorArea(round, SOLROSEN, "delaktighet")), null);
            shoot(size, p + "07-actions-refused", true, ctx -> {
                ctx.navigator().go(new Destination.FacilitatorActions(round, SOLROSEN));
            }, "refuse");
            shoot(size, p + "09-results-by-gender", true, ctx -> ctx.navigator().go(
                    new Destination.FacilitatorResults(round, SOLROSEN)), "gender");
            shoot(size, p + "10-free-texts", true, ctx -> ctx.navigator().go(
                    new Destination.FacilitatorResults(round, SOLROSEN)), "#fac-free-texts");
        }
        shoot(new Size("tablet", 800, 1280), "facilitator-tablet-08-results-contrast", true, ctx -> {
            ctx.settings().highContrastProperty().set(true);
            ctx.navigator().go(new Destination.FacilitatorResults(round, SOLROSEN));
        }, "#fac-chart-utbildning");
    }

    @SuppressWarnings("unchecked")
    private void shoot(Size size, String name, boolean signedIn, Consumer<AppContext> setUp, String then)
            throws Exception {
        AppConfig config = new AppConfig(backend.uri(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        AppContext ctx = TestApp.context(config, new InMemoryAppStorage(), Platform::runLater);
        if (signedIn) {
            ctx.facilitator().signIn(token);
        }
        CompletableFuture<Scene> ready = new CompletableFuture<>();
        Platform.runLater(() -> {
            AppShell shell = new AppShell(ctx, size.width(), size.height());
            shell.startUp();
            setUp.accept(ctx);
            Stage stage = new Stage();
            stage.setScene(shell.scene());
            stage.show();
            ready.complete(shell.scene());
        });
        Scene scene = ready.get(20, TimeUnit.SECONDS);
        Thread.sleep(2500);
        if ("refuse".equals(then)) {
            fx(() -> {
                ctx.navigator().current();
                var form = scene.lookup("#fac-action-form");
                ((javafx.scene.control.TextArea) form.lookup("#fac-action-youSaid"))
                        .setText("Kim Andersson sa att dörren till rummet inte går att låsa.");
                ((javafx.scene.control.TextArea) form.lookup("#fac-action-weDecided"))
                        .setText("Alla rum ska få lås som barnen själva styr över.");
                ((javafx.scene.control.TextField) form.lookup("#fac-action-responsible")).setText("Föreståndaren");
                ((javafx.scene.control.Button) form.lookup("#fac-action-save")).fire();
            });
            Thread.sleep(2000);
            then = "#fac-action-error-youSaid";
        }
        if ("gender".equals(then)) {
            fx(() -> ((javafx.scene.control.ComboBox<String>) scene.lookup("#fac-breakdown")).setValue("gender"));
            Thread.sleep(2000);
            then = "#fac-breakdown-box";
        }
        if (then != null) {
            String target = then;
            fx(() -> {
                Node node = scene.lookup(target);
                ScrollPane scroll = (ScrollPane) scene.lookup(".screen-scroll");
                scroll.applyCss();
                scroll.layout();
                if (node != null) {
                    var content = scroll.getContent();
                    double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                    double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 200) / range)));
                }
            });
            Thread.sleep(300);
        }
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            image.complete(scene.snapshot(null));
            ((Stage) scene.getWindow()).close();
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(20, TimeUnit.SECONDS), null), "png",
                out.resolve(name + ".png").toFile());
    }

    private static void fx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(20, TimeUnit.SECONDS);
    }
}
