package se.lyssna.backend.actions;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The meeting material's Swedish texts, from {@code meeting/meeting_sv.properties}; never in Java code. */
final class MeetingTexts {
    private static final String FILE = "meeting/meeting_sv.properties";
    private final Properties texts = new Properties();

    MeetingTexts() {
        try (InputStream in = MeetingTexts.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FILE);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no text '" + key + "' in " + FILE);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
