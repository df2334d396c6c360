package se.lyssna.app;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/** Measures cold start: from JVM start and from main() to the first frame drawn after the stage is shown. */
public final class StartupClock {
    private static long mainNanos = System.nanoTime();

    private StartupClock() {
    }

    static void markMain() {
        mainNanos = System.nanoTime();
    }

    static void reportFirstFrame(Scene scene) {
        AnimationTimer timer = new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The first pulse after show() lays out and renders the scene; report on the second.
                if (++frames < 2) {
                    return;
                }
                stop();
                long fromMain = (System.nanoTime() - mainNanos) / 1_000_000;
                long fromJvm = ProcessHandle.current().info().startInstant()
                        .map(s -> Duration.between(s, Instant.now()).toMillis()).orElse(-1L);
                System.err.printf("Lyssna: first screen shown %d ms after main(), %d ms after JVM start%n",
                        fromMain, fromJvm);
            }
        };
        timer.start();
    }
}
