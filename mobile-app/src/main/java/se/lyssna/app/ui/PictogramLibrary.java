package se.lyssna.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pictograms of {@code questionnaires/pictograms.yaml}, shipped in the survey-definitions jar. */
public class PictogramLibrary {
    public static final String RESOURCE = "questionnaires/pictograms.yaml";

    private final Map<String, Pictogram> pictograms;

    public PictogramLibrary(Map<String, Pictogram> pictograms) {
        this.pictograms = Map.copyOf(pictograms);
    }

    /** Loads from the classpath; an absent file gives an empty library (pictures then fall back to a circle). */
    public static PictogramLibrary fromClasspath() {
        try (InputStream in = PictogramLibrary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new PictogramLibrary(Map.of());
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new PictogramLibrary(Map.of());
        }
    }

    public static PictogramLibrary parse(String yaml) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        Map<String, Pictogram> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("pictograms").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            List<Pictogram.Shape> shapes = new ArrayList<>();
            for (JsonNode s : e.getValue().path("shapes")) {
                shapes.add(new Pictogram.Shape(s.path("d").asText(""), text(s, "fill"), text(s, "stroke"),
                        s.path("stroke-width").asDouble(s.has("stroke") ? 2 : 0)));
            }
            out.put(e.getKey(), new Pictogram(e.getValue().path("view-box").asDouble(48), shapes));
        }
        return new PictogramLibrary(out);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || "none".equals(v.asText()) ? null : v.asText();
    }

    public Optional<Pictogram> find(String name) {
        return Optional.ofNullable(name).map(pictograms::get);
    }

    public int size() {
        return pictograms.size();
    }
}
