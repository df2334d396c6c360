package se.lyssna.accessibility.audio;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.lyssna.definitions.AgeBand;
import se.lyssna.definitions.AudioKey;
import se.lyssna.definitions.SpokenPattern;

/**
 * The app's own words (the mobile app's {@code messages_*.properties}) as texts to speak, in every locale the app has
 * a bundle for, looked up as the app's {@code ResourceBundle} does: {@code messages_sv__easy} falls back to
 * {@code messages_sv}, which falls back to {@code messages}. A bundle's locale tag is the API's: language, then
 * country, then a variant as a private use subtag ({@code sv__easy} is {@code sv-x-easy}). A message with arguments
 * is spoken in pieces ({@link SpokenPattern}): its fixed words, and the numbers 0 to
 * {@value SpokenPattern#LARGEST_SPOKEN_NUMBER} once per locale.
 */
public final class AppTexts {
    /** The base name of the child's bundle (the facilitator's words are for adults and are not read aloud). */
    public static final String BUNDLE = "messages";
    /** The youngest children the app is for: its words are read with their (slowest) voice. */
    public static final AgeBand HEARD_BY = new AgeBand(7, 12);

    private AppTexts() {
    }

    /** The texts of the bundles in {@code folder}, in the given locale tags (all when {@code locales} is empty). */
    public static List<SpokenText> of(Path folder, List<String> locales) {
        Map<String, Properties> bundles = read(folder);
        Map<String, SpokenText> texts = new LinkedHashMap<>();
        for (String suffix : bundles.keySet()) {
            if (suffix.isEmpty()) {
                continue; // the shared base is no language of its own
            }
            Locale locale = localeOf(suffix);
            String tag = tagOf(locale);
            if (!locales.isEmpty() && !locales.contains(tag)) {
                continue;
            }
            Map<String, String> effective = new TreeMap<>();
            for (String chain : chain(suffix)) {
                Properties p = bundles.get(chain);
                if (p != null) {
                    p.stringPropertyNames().forEach(k -> effective.put(k, p.getProperty(k)));
                }
            }
            effective.forEach((key, value) -> {
                List<String> said = SpokenPattern.hasArguments(value) ? SpokenPattern.literals(value, locale)
                        : List.of(value);
                said.forEach(t -> add(texts, tag, t, BUNDLE + ": " + key));
            });
            for (int n = 0; n <= SpokenPattern.LARGEST_SPOKEN_NUMBER; n++) {
                add(texts, tag, SpokenPattern.number(n, locale), BUNDLE + ": number " + n);
            }
        }
        return List.copyOf(texts.values());
    }

    /** The locale of a bundle suffix ({@code sv}, {@code sv_SE}, {@code sv__easy}), as ResourceBundle names it. */
    static Locale localeOf(String suffix) {
        String[] parts = suffix.split("_", -1);
        return new Locale(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
    }

    /** The API's locale tag: {@code sv}, {@code sv-SE}, {@code sv-x-easy}. */
    static String tagOf(Locale locale) {
        StringBuilder tag = new StringBuilder(locale.getLanguage());
        if (!locale.getCountry().isEmpty()) {
            tag.append('-').append(locale.getCountry());
        }
        if (!locale.getVariant().isEmpty()) {
            tag.append("-x-").append(locale.getVariant().toLowerCase(Locale.ROOT));
        }
        return tag.toString();
    }

    /** The suffixes a bundle falls back through, most general first: "", sv, sv_, sv__easy. */
    private static List<String> chain(String suffix) {
        List<String> chain = new ArrayList<>(List.of(""));
        String[] parts = suffix.split("_", -1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            s.append(i == 0 ? "" : "_").append(parts[i]);
            chain.add(s.toString());
        }
        return chain;
    }

    /** Suffix ("" for the base) to its properties, read as UTF-8 as Java 9+ ResourceBundles read them. */
    private static Map<String, Properties> read(Path folder) {
        Map<String, Properties> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".properties")
                        || !(name.equals(BUNDLE + ".properties") || name.startsWith(BUNDLE + "_"))) {
                    continue;
                }
                String suffix = name.substring(BUNDLE.length(), name.length() - ".properties".length());
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                bundles.put(suffix.startsWith("_") ? suffix.substring(1) : suffix, p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the app's texts in " + folder, e);
        }
        if (bundles.isEmpty()) {
            throw new IllegalArgumentException("no " + BUNDLE + "*.properties in " + folder);
        }
        return bundles;
    }

    private static void add(Map<String, SpokenText> texts, String locale, String text, String source) {
        // A symbol alone ("◐", the contrast tool) is silence to espeak-ng: it gets no file.
        if (text != null && text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            texts.putIfAbsent(AudioKey.hash(locale, text), new SpokenText(locale, text.strip(), source));
        }
    }
}
