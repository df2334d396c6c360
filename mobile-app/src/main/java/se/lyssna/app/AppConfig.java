package se.lyssna.app;

import java.net.URI;
import java.util.Optional;

/** Start-up settings from system properties or the environment. */
public record AppConfig(URI backend, Optional<String> storageDir, Optional<String> resultsRound,
                        Optional<String> resultsUnit, Optional<String> downloadsDir) {

    public static final String DEFAULT_BACKEND = "http://localhost:8080";

    /** {@code -Dlyssna.backend.url} or {@code LYSSNA_BACKEND_URL}; storage in {@code lyssna.storage.dir}. */
    public static AppConfig fromEnvironment() {
        return new AppConfig(URI.create(setting("lyssna.backend.url", "LYSSNA_BACKEND_URL").orElse(DEFAULT_BACKEND)),
                setting("lyssna.storage.dir", "LYSSNA_STORAGE_DIR"),
                setting("lyssna.results.round", "LYSSNA_RESULTS_ROUND"),
                setting("lyssna.results.unit", "LYSSNA_RESULTS_UNIT"),
                setting("lyssna.downloads.dir", "LYSSNA_DOWNLOADS_DIR"));
    }

    /** Where the facilitator's meeting material is saved without asking: the setting, else ~/Downloads. */
    public java.nio.file.Path downloads() {
        return downloadsDir.map(java.nio.file.Path::of)
                .orElseGet(() -> java.nio.file.Path.of(System.getProperty("user.home"), "Downloads"));
    }

    private static Optional<String> setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
