package se.lyssna.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;

/**
 * Measures cold start: from process start and from main() to the first frame drawn after the stage is shown, with
 * the steps in between ({@link #mark}), so that a slower start says where it went.
 */
public final class StartupClock {
    private static long mainNanos = System.nanoTime();
    private static final List<String> STEPS = new ArrayList<>();
    private static long lastNanos = mainNanos;

    private StartupClock() {
    }

    static void markMain() {
        mainNanos = System.nanoTime();
        lastNanos = mainNanos;
    }

    /** Notes that a step of the start-up ended now, named by what it did since the step before. */
    static synchronized void mark(String step) {
        long now = System.nanoTime();
        STEPS.add(step + " " + (now - lastNanos) / 1_000_000);
        lastNanos = now;
    }

    /** @param then runs on the FX thread once the first frame is drawn and reported */
    static void reportFirstFrame(Runnable then) {
        AnimationTimer timer = new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The first pulse after show() lays out and renders the scene; report on the second.
                if (++frames < 2) {
                    return;
                }
                stop();
                mark("first frame");
                long fromMain = (System.nanoTime() - mainNanos) / 1_000_000;
                System.err.printf("Lyssna: first screen shown %d ms after main(), %d ms after JVM start "
                        + "(%s ms of CPU)%n", fromMain, sinceProcessStart(), cpuMillis());
                System.err.println("Lyssna: start-up steps (ms): " + String.join(", ", stepsSoFar()));
                then.run();
            }
        };
        timer.start();
    }

    private static synchronized List<String> stepsSoFar() {
        return List.copyOf(STEPS);
    }

    /**
     * Milliseconds since the process started. Not {@code ProcessHandle.info().startInstant()}: on Linux that adds
     * the process's start tick to the boot time in whole seconds ({@code btime}), so it is late or early by up to a
     * second, the same for every run of one boot (0.6 s on the machine the benchmark ran on). The kernel's own
     * clocks since boot ({@code /proc/self/stat} field 22 in 100 Hz ticks, {@code /proc/uptime}) agree to 10 ms;
     * -1 where there is no {@code /proc} (iOS).
     */
    static long sinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            // Fields after the command name, which is in parentheses and may hold spaces; field 22 is index 19.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptime * 1000 - startTicks * 10.0);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration()
                .map(d -> String.format(Locale.ROOT, "%d", d.toMillis())).orElse("?");
    }
}
