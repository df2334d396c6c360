package se.lyssna.app.theme;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javafx.scene.text.Font;
import se.lyssna.app.api.Json;
import se.lyssna.app.i18n.AppLanguage;
import se.lyssna.app.storage.AppStorage;

/**
 * Remembers the language and the display settings, and nothing else: no unit, round or code, so the device keeps
 * no trace of taking part. Kept apart from the answers' storage, which must be empty after a send.
 */
public final class SettingsStore {
    static final String FILE = "display-settings.json";

    private final AppStorage storage;
    private final ObjectMapper json = Json.mapper();

    /** What is stored. */
    record Saved(String language, Double textScale, Boolean highContrast) {
    }

    public SettingsStore(AppStorage storage) {
        this.storage = storage;
    }

    /**
     * Applies what was saved (or, the first time, the device's text size), then saves every later change.
     */
    public void bind(DisplaySettings settings) {
        Optional<Saved> saved = load();
        if (saved.isEmpty()) {
            settings.textScaleProperty().set(DisplaySettings.scaleForFontSize(Font.getDefault().getSize()));
        }
        saved.ifPresent(s -> {
            AppLanguage.fromTag(String.valueOf(s.language())).ifPresent(settings.languageProperty()::set);
            if (s.textScale() != null) {
                settings.textScaleProperty().set(Math.max(1.0, Math.min(2.0, s.textScale())));
            }
            settings.highContrastProperty().set(Boolean.TRUE.equals(s.highContrast()));
        });
        settings.languageProperty().addListener((o, a, b) -> save(settings));
        settings.textScaleProperty().addListener((o, a, b) -> save(settings));
        settings.highContrastProperty().addListener((o, a, b) -> save(settings));
    }

    private Optional<Saved> load() {
        try {
            Optional<String> text = storage.read(FILE);
            return text.isEmpty() ? Optional.empty() : Optional.of(json.readValue(text.get(), Saved.class));
        } catch (IOException e) {
            // A damaged settings file is not worth a crash: start with the defaults.
            return Optional.empty();
        }
    }

    private void save(DisplaySettings settings) {
        try {
            storage.write(FILE, json.writeValueAsString(new Saved(settings.languageProperty().get().tag(),
                    settings.textScaleProperty().get(), settings.highContrastProperty().get())));
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the display settings", e);
        }
    }
}
