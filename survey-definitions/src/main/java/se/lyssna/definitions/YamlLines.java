package se.lyssna.definitions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;

/**
 * Finds the line of a mapping error in the YAML text. The loader maps a merged tree rather than the text (to add
 * the shared scales), so Jackson's own error location is lost; the path of the error leads back to the line.
 */
final class YamlLines {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlLines() {
    }

    /** The 1-based line of the deepest part of the error's path that the text has, if any. */
    static OptionalInt lineOf(String yaml, JsonMappingException error) {
        List<JsonMappingException.Reference> path = error.getPath();
        for (int depth = path.size(); depth > 0; depth--) {
            OptionalInt line = lineOf(yaml, pointer(path.subList(0, depth)));
            if (line.isPresent()) {
                return line;
            }
        }
        return OptionalInt.empty();
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            String part = reference.getFieldName() != null ? reference.getFieldName()
                    : Integer.toString(reference.getIndex());
            pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    private static OptionalInt lineOf(String yaml, String target) {
        JsonPointer wanted = JsonPointer.compile(target);
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                // At a value inside an array the context already points at it; at a field, the name is the spot.
                if (parser.getParsingContext().pathAsPointer().equals(wanted)
                        && (token == JsonToken.FIELD_NAME || !parser.getParsingContext().inObject())) {
                    return OptionalInt.of(parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return OptionalInt.empty();
        }
        return OptionalInt.empty();
    }
}
