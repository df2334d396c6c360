package se.lyssna.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The cold-start figure bench/app.sh reports is only as right as the clock it starts from. */
class StartupClockTest {

    @Test
    void sinceProcessStart_agreesWithTheJvmsOwnUptime() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "a /proc file system (Linux)");
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long sinceStart = StartupClock.sinceProcessStart();
        long jvmUptimeAfter = ManagementFactory.getRuntimeMXBean().getUptime();
        // The process starts a little before the JVM starts its clock (loading libjvm); the kernel's clocks tick
        // in 10 ms. Off by a whole fraction of a second is the boot time rounded to seconds (ProcessHandle).
        assertThat(sinceStart).isBetween(jvmUptime - 20, jvmUptimeAfter + 300);
    }
}
