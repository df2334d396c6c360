package se.lyssna.app.storage;

import com.gluonhq.attach.storage.StorageService;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the app's private folder: configured, else Gluon Attach's private storage, else ~/.lyssna on a desktop. */
public final class StorageLocation {
    private StorageLocation() {
    }

    public static Path resolve(Optional<String> configured) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return Path.of(configured.get());
        }
        Optional<File> attach = attachPrivateStorage();
        if (attach.isPresent()) {
            return attach.get().toPath().resolve("lyssna");
        }
        return Path.of(System.getProperty("user.home"), ".lyssna");
    }

    private static Optional<File> attachPrivateStorage() {
        // Attach's own rule for a desktop (gluonfx sets javafx.platform for a phone's build), checked here so that a
        // desktop start does not load Attach's service lookup and java.util.logging only to be told "none", which
        // it logs as a warning (~40 ms of the FX thread before the first frame).
        String platform = System.getProperty("javafx.platform");
        if (platform == null || platform.equalsIgnoreCase("desktop")) {
            return Optional.empty();
        }
        try {
            return StorageService.create().flatMap(StorageService::getPrivateStorage);
        } catch (RuntimeException | LinkageError e) {
            // On a plain desktop JVM Attach has no storage implementation; the fallback is fine there.
            return Optional.empty();
        }
    }
}
