package se.lyssna.definitions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which pictogram each answer of a shared scale shows, from the {@code answer-pictures} table of
 * {@code questionnaires/pictograms.yaml}; an answer the table does not name keeps its scale option's {@code face}.
 *
 * <p>Why a table beside the pictures and not the scale's {@code face}: a picture is presentation, not meaning, and a
 * scale's options are part of the content hash that locks published versions. Two agree answers sharing one face,
 * or a yes/no question without a picture, is fixed here for every version at once, without a new version and
 * without breaking a lock or a trend; what an answer means (value, kind, label) stays in {@code scales.yaml}.
 */
public final class AnswerPictures {
    /** Where the table lives, on the classpath as in the source tree. */
    public static final String RESOURCE = "questionnaires/pictograms.yaml";

    private final Map<String, Map<String, String>> byScale;
    private final Set<String> pictograms;

    private AnswerPictures(Map<String, Map<String, String>> byScale, Set<String> pictograms) {
        this.byScale = byScale;
        this.pictograms = pictograms;
    }

    /** The table of the survey-definitions jar; empty when the file is not there. */
    public static AnswerPictures fromClasspath() {
        try (InputStream in = AnswerPictures.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? parse("{}") : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AnswerPictures parse(String yaml) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            Map<String, Map<String, String>> byScale = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> scales = root.path("answer-pictures").fields();
                 scales.hasNext(); ) {
                Map.Entry<String, JsonNode> scale = scales.next();
                Map<String, String> pictures = new LinkedHashMap<>();
                scale.getValue().fields().forEachRemaining(e -> pictures.put(e.getKey(), e.getValue().asText()));
                byScale.put(scale.getKey(), Map.copyOf(pictures));
            }
            Set<String> pictograms = new TreeSet<>();
            root.path("pictograms").fieldNames().forEachRemaining(pictograms::add);
            return new AnswerPictures(Map.copyOf(byScale), Set.copyOf(pictograms));
        } catch (IOException e) {
            throw new IllegalArgumentException("pictograms.yaml is not valid YAML: " + e.getMessage(), e);
        }
    }

    /** The pictogram the option of this scale shows, if any. */
    public Optional<String> of(Scale scale, ScaleOption option) {
        return Optional.ofNullable(byScale.getOrDefault(scale.key(), Map.of()).get(option.value()))
                .or(option::face);
    }

    /** Scale key to option value to pictogram, as written. */
    public Map<String, Map<String, String>> table() {
        return byScale;
    }

    /** The names of the pictograms the same file draws. */
    public Set<String> pictograms() {
        return pictograms;
    }
}
