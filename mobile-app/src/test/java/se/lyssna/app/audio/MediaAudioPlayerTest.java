package se.lyssna.app.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lyssna.app.support.Eventually;

/**
 * Plays a real read-aloud MP3 made the way the accessibility module makes them (espeak-ng, then lame), to show that
 * the app's player can decode it on this platform: it starts playing, reaches the end and reports no failure.
 */
class MediaAudioPlayerTest {

    @BeforeAll
    static void startJavaFx() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void play_aGeneratedMp3_playsToTheEndWithoutFailing(@TempDir Path dir) throws Exception {
        Path mp3 = speak(dir, "Jag känner mig trygg där jag bor.");
        MediaAudioPlayer player = new MediaAudioPlayer();
        boolean[] everPlayed = {false};
        Platform.runLater(() -> {
            player.playingProperty().addListener((o, was, now) -> everPlayed[0] |= now);
            player.play(mp3.toUri());
        });

        Eventually.await("playing started", Duration.ofSeconds(10),
                () -> everPlayed[0] || player.failedProperty().get());
        assertThat(player.failedProperty().get()).as("the player could not decode or output the MP3").isFalse();
        Eventually.await("end of the clip", Duration.ofSeconds(15), () -> !player.playingProperty().get());
        assertThat(player.failedProperty().get()).isFalse();
    }

    @Test
    void play_aMissingFile_reportsFailure() {
        MediaAudioPlayer player = new MediaAudioPlayer();
        Platform.runLater(() -> player.play(URI.create("file:///nonexistent/lyssna.mp3")));
        Eventually.await("failure reported", Duration.ofSeconds(10), () -> player.failedProperty().get());
        assertThat(player.playingProperty().get()).isFalse();
    }

    private static Path speak(Path dir, String text) throws IOException, InterruptedException {
        assumeTrue(onPath("espeak-ng") && onPath("lame"), "espeak-ng and lame are installed by scripts/setup.sh");
        Path wav = dir.resolve("speech.wav");
        Path mp3 = dir.resolve("speech.mp3");
        run("espeak-ng", "-v", "sv", "-w", wav.toString(), text);
        run("lame", "--quiet", "-m", "m", "-b", "32", wav.toString(), mp3.toString());
        assertThat(Files.size(mp3)).isGreaterThan(1000);
        return mp3;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
