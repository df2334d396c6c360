package se.lyssna.definitions;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads questionnaire files (YAML) into {@link Questionnaire}s. Shared scales from {@code scales.yaml} are merged
 * into each questionnaire so that a loaded questionnaire is self-contained, and so that its content hash covers
 * the scales it is answered on.
 */
public final class QuestionnaireLoader {

    /** The name of the shared-scales file beside the questionnaires. */
    public static final String SHARED_SCALES_FILE = "scales.yaml";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new Jdk8Module())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // A file may leave out an item's optional parts: absent or null, they read as empty for every item kind
            // at once (Optionals through Jdk8Module, texts here) instead of in each item record's constructor.
            .withConfigOverride(LocalizedText.class,
                    o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    private final List<JsonNode> sharedScales;

    private QuestionnaireLoader(List<JsonNode> sharedScales) {
        this.sharedScales = List.copyOf(sharedScales);
    }

    /** A loader with no shared scales: every questionnaire defines its own. */
    public static QuestionnaireLoader withoutSharedScales() {
        return new QuestionnaireLoader(List.of());
    }

    /** A loader with the shared scales written in YAML as a list under {@code scales:}. */
    public static QuestionnaireLoader withSharedScales(String scalesYaml) {
        try {
            JsonNode root = YAML.readTree(scalesYaml);
            List<JsonNode> scales = new ArrayList<>();
            root.path("scales").forEach(scales::add);
            return new QuestionnaireLoader(scales);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(SHARED_SCALES_FILE + ": " + e.getOriginalMessage(), e);
        }
    }

    /** A loader with the shared scales of {@code scales.yaml} in the given folder, if that file exists. */
    public static QuestionnaireLoader forDirectory(Path directory) {
        Path scales = directory.resolve(SHARED_SCALES_FILE);
        if (!Files.exists(scales)) {
            return withoutSharedScales();
        }
        try {
            return withSharedScales(Files.readString(scales, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads one file; problems in its form come back as violations, never as exceptions. */
    public LoadResult load(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new LoadResult.Failed(file.toString(),
                    List.of(Violation.of(file.toString(), "unreadable", "cannot read file: " + e.getMessage())));
        }
    }

    /** Parses the YAML text of a questionnaire named {@code fileName} (used in messages). */
    public LoadResult parse(String fileName, String yaml) {
        try {
            JsonNode root = YAML.readTree(yaml);
            if (root == null || !root.isObject()) {
                return failed(fileName, "not-a-questionnaire", "the file must be a YAML mapping with key, version,"
                        + " items …");
            }
            ObjectNode tree = (ObjectNode) root;
            ObjectNode scales = YAML.createObjectNode();
            for (JsonNode scale : sharedScales) {
                scales.set(scale.path("key").asText(), scale);
            }
            JsonNode local = tree.path("scales");
            if (local.isArray()) {
                local.forEach(scale -> scales.set(scale.path("key").asText(), scale));
            } else if (!local.isMissingNode()) {
                return failed(fileName, "malformed", "'scales' must be a list of scales");
            }
            tree.set("scales", scales);
            Questionnaire questionnaire = YAML.treeToValue(tree, Questionnaire.class);
            return new LoadResult.Loaded(fileName, questionnaire);
        } catch (JsonProcessingException e) {
            return failed(fileName, "malformed", e.getOriginalMessage() + where(yaml, e) + pathOf(e));
        }
    }

    private static String where(String yaml, JsonProcessingException e) {
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return " (line " + e.getLocation().getLineNr() + ")";
        }
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
            var line = YamlLines.lineOf(yaml, m);
            if (line.isPresent()) {
                return " (line " + line.getAsInt() + ")";
            }
        }
        return "";
    }

    /** The path of a mapping error as an author reads it, e.g. {@code at items[4].max-lenght}. */
    private static String pathOf(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException m) || m.getPath().isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (var reference : m.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return " at " + path;
    }

    private static LoadResult failed(String file, String code, String message) {
        return new LoadResult.Failed(file, List.of(Violation.of(file, code, message)));
    }
}
