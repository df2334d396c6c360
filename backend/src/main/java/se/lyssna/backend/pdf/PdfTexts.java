package se.lyssna.backend.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/** The texts of a generated document, from a UTF-8 properties file on the class path; never in Java code. */
public final class PdfTexts {
    private final String file;
    private final Properties texts = new Properties();

    public PdfTexts(String file) {
        this.file = file;
        try (InputStream in = PdfTexts.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing " + file);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with {@code {0}}, {@code {1}}... filled in; a missing key is a bug, so it fails loudly. */
    public String get(String key, Object... args) {
        String text = find(key).orElseThrow(() -> new IllegalStateException("no text '" + key + "' in " + file));
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(texts.getProperty(key));
    }
}
