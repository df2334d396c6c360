package se.lyssna.accessibility.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app's colour tokens: the single place where Lyssna's colours are defined, read by the app to build its theme
 * and by {@link ContrastCheck} in the build. Usage from the app:
 *
 * <pre>{@code
 * Map<String, String> colours = ThemeTokens.load().theme("default").colors(); // "background" -> "#FBF6EE", ...
 * String css = ThemeTokens.load().theme("high-contrast").asJavaFxCss();
 * }</pre>
 */
public final class ThemeTokens {

    /** Classpath location of the tokens inside this module's jar. */
    public static final String RESOURCE = "se/lyssna/accessibility/theme/tokens.yaml";
    public static final String DEFAULT_THEME = "default";
    public static final String HIGH_CONTRAST_THEME = "high-contrast";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String source;
    private final Map<String, Theme> themes;
    private final List<ColorPair> pairs;

    private ThemeTokens(String source, Map<String, Theme> themes, List<ColorPair> pairs) {
        this.source = source;
        this.themes = Collections.unmodifiableMap(new LinkedHashMap<>(themes));
        this.pairs = List.copyOf(pairs);
    }

    /** The tokens bundled in this jar. */
    public static ThemeTokens load() {
        try (InputStream in = ThemeTokens.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse("tokens.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tokens written in the format of {@code tokens.yaml}; {@code source} names them in messages. */
    public static ThemeTokens parse(String source, String yaml) {
        try {
            JsonNode root = YAML.readTree(yaml);
            Map<String, Theme> themes = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> entries = root.path("themes").fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                themes.put(entry.getKey(), theme(source, entry.getKey(), entry.getValue()));
            }
            if (themes.isEmpty()) {
                throw new IllegalArgumentException(source + ": no themes");
            }
            List<ColorPair> pairs = new ArrayList<>();
            for (JsonNode pair : root.path("pairs")) {
                pairs.add(new ColorPair(required(source, pair, "fg"), required(source, pair, "bg"),
                        SizeClass.byKey(required(source, pair, "size"))));
            }
            return new ThemeTokens(source, themes, pairs);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static Theme theme(String source, String name, JsonNode node) {
        Map<String, String> colours = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = node.path("colors").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String colour = entry.getValue().asText().strip();
            if (!Contrast.isHexColour(colour)) {
                throw new IllegalArgumentException(source + ": theme " + name + ", colour " + entry.getKey()
                        + " is '" + colour + "', not #RRGGBB");
            }
            colours.put(entry.getKey(), colour.toUpperCase(java.util.Locale.ROOT));
        }
        ContrastLevel level = ContrastLevel.valueOf(node.path("level").asText("AA"));
        return new Theme(name, node.path("description").asText(""), level, colours);
    }

    private static String required(String source, JsonNode node, String field) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException(source + ": pair " + node + " has no '" + field + "'");
        }
        return value;
    }

    /** Where the tokens came from, for messages. */
    public String source() {
        return source;
    }

    /** Theme name to theme, in file order ({@code default} first). */
    public Map<String, Theme> themes() {
        return themes;
    }

    /** A theme by name; fails on an unknown name. */
    public Theme theme(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no theme '" + name + "' in " + source
                + "; known: " + themes.keySet()));
    }

    public Optional<Theme> find(String name) {
        return Optional.ofNullable(themes.get(name));
    }

    /** The foreground/background pairs the app draws, checked in every theme. */
    public List<ColorPair> pairs() {
        return pairs;
    }
}
