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

    /** The app's own control pictograms (speaker), drawn in the same format. */
    public static final String APP_RESOURCE = "se/lyssna/app/ui/app-pictograms.yaml";

    /** Loads both files from the classpath; a missing picture later falls back to a plain circle. */
    public static PictogramLibrary fromClasspath() {
        Map<String, Pictogram> all = new LinkedHashMap<>(load(APP_RESOURCE).pictograms);
        all.putAll(load(RESOURCE).pictograms);
        return new PictogramLibrary(all);
    }

    private static PictogramLibrary load(String resource) {
        try (InputStream in = PictogramLibrary.class.getClassLoader().getResourceAsStream(resource)) {
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

    /** The picture shown for a result area (areas have no pictogram of their own in the questionnaire). */
    public static String forArea(String area) {
        switch (area == null ? "" : area) {
            case "bemotande":
                return "speech-bubble";
            case "delaktighet":
                return "hand";
            case "sociala-relationer":
                return "friends";
            case "trygghet":
                return "shield";
            case "halsa-omsorg":
                return "medical-cross";
            case "utbildning":
                return "book";
            case "fritid":
                return "ball";
            case "sjalvstandighet":
                return "key";
            default:
                return "star";
        }
    }

    public int size() {
        return pictograms.size();
    }
}
