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
        try {
            return StorageService.create().flatMap(StorageService::getPrivateStorage);
        } catch (RuntimeException | LinkageError e) {
            // On a plain desktop JVM Attach has no storage implementation; the fallback is fine there.
            return Optional.empty();
        }
    }
}
