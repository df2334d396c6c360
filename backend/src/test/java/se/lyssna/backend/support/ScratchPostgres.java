package se.lyssna.backend.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server of our own (port {@code LYSSNA_SCRATCH_PG_PORT}, default 5461) that a test may stop
 * and start: outages are tried on it, never on the developer's main cluster. PostgreSQL refuses to run as root, so
 * as root the server runs as the {@code postgres} user.
 */
public class ScratchPostgres implements QuarkusTestResourceLifecycleManager {
    private static final int PORT = Integer.parseInt(System.getenv().getOrDefault("LYSSNA_SCRATCH_PG_PORT", "5461"));
    private static Path dataDir;

    @Override
    public Map<String, String> start() {
        try {
            dataDir = Files.createTempDirectory("lyssna-scratch-pg");
            if (asRoot()) {
                run("chown", "postgres", dataDir.toString());
            }
            runAsOwner(bin("initdb"), "-D", dataDir.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8");
            startServer();
            runAsOwner(bin("psql"), "-h", "localhost", "-p", Integer.toString(PORT), "-U", "postgres", "-qc",
                    "create role lyssna login password 'lyssna'");
            runAsOwner(bin("psql"), "-h", "localhost", "-p", Integer.toString(PORT), "-U", "postgres", "-qc",
                    "create database lyssna_scratch owner lyssna");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a scratch PostgreSQL", e);
        }
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + PORT + "/lyssna_scratch",
                // Fail fast while the database is away instead of holding the request for the default 5 s.
                "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                "quarkus.datasource.jdbc.login-timeout", "2S");
    }

    /** Starts the server (again) and waits until it accepts connections. */
    public static void startServer() {
        runAsOwner(bin("pg_ctl"), "-D", dataDir.toString(), "-l", dataDir.resolve("server.log").toString(),
                "-o", "-p " + PORT + " -c listen_addresses=localhost -k " + dataDir, "-w", "start");
    }

    /** Stops the server at once, as a crash or a network cut would: open connections break. */
    public static void stopServer() {
        runAsOwner(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "immediate", "-w", "stop");
    }

    @Override
    public void stop() {
        if (dataDir == null) {
            return;
        }
        try {
            stopServer();
        } catch (IllegalStateException alreadyStopped) {
            // Nothing to stop.
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory; the system cleans it eventually.
        }
    }

    private static String bin(String tool) {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            Path newest = versions.max(Comparator.comparing(p -> Integer.parseInt(p.getFileName().toString())))
                    .orElseThrow();
            return newest.resolve("bin").resolve(tool).toString();
        } catch (IOException | RuntimeException e) {
            return tool;
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void runAsOwner(String... command) {
        List<String> full = new ArrayList<>();
        if (asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(Arrays.asList(command));
        run(full.toArray(String[]::new));
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("failed: " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
