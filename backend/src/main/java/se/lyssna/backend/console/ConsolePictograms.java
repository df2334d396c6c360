package se.lyssna.backend.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The questionnaires' pictograms as inline SVG for the console's preview, drawn from the same definitions the app
 * draws (survey-definitions' {@code questionnaires/pictograms.yaml}). Colours are the definitions' roles as CSS
 * classes ({@code console.css} gives them the app's default theme colours from the accessibility tokens).
 */
@ApplicationScoped
public class ConsolePictograms {
    static final String RESOURCE = "questionnaires/pictograms.yaml";
    private static final Set<String> ROLES = Set.of("ink", "face", "accent", "calm", "warm", "paper");

    private final Map<String, String> shapes;

    ConsolePictograms() {
        this.shapes = Map.copyOf(load());
    }

    /** Each pictogram's SVG shapes (the inside of an {@code <svg viewBox="0 0 48 48">}), by name. */
    public Map<String, String> shapes() {
        return shapes;
    }

    private static Map<String, String> load() {
        try (InputStream in = ConsolePictograms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, String> out = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = root.path("pictograms").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> pictogram = it.next();
                StringBuilder svg = new StringBuilder();
                for (JsonNode shape : pictogram.getValue().path("shapes")) {
                    svg.append("<path d=\"").append(attribute(shape.path("d").asText(""))).append('"')
                            .append(" class=\"").append(role("fill", shape.path("fill").asText("none")))
                            .append(' ').append(role("stroke", shape.path("stroke").asText("none"))).append('"');
                    if (shape.has("stroke")) {
                        svg.append(" stroke-width=\"").append(shape.path("stroke-width").asDouble(2)).append('"');
                    }
                    svg.append("/>");
                }
                out.put(pictogram.getKey(), svg.toString());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A colour role as a class; anything else draws nothing (the file is ours, but stays data, never markup). */
    private static String role(String kind, String role) {
        return kind + "-" + (ROLES.contains(role) ? role : "none");
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
