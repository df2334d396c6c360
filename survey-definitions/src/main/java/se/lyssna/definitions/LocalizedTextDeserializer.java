package se.lyssna.definitions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads a {@link LocalizedText} from either {@code locale: text} or {@code locale: {text, status}} entries. */
final class LocalizedTextDeserializer extends StdDeserializer<LocalizedText> {

    LocalizedTextDeserializer() {
        super(LocalizedText.class);
    }

    /** A text left out of the file is empty (see the loader's null handling), never null. */
    @Override
    public Object getEmptyValue(DeserializationContext context) {
        return LocalizedText.empty();
    }

    @Override
    public LocalizedText deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        if (!node.isObject()) {
            return context.reportInputMismatch(LocalizedText.class,
                    "a text must map locales to texts, e.g. 'sv: Jag …', found: %s", node.getNodeType());
        }
        Map<String, Translation> translations = new LinkedHashMap<>();
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            JsonNode value = field.getValue();
            if (value.isTextual()) {
                translations.put(field.getKey(), Translation.reviewed(value.asText()));
            } else if (value.isObject() && value.has("text")) {
                String status = value.path("status").asText("reviewed").toUpperCase(Locale.ROOT);
                TranslationStatus parsed;
                try {
                    parsed = TranslationStatus.valueOf(status);
                } catch (IllegalArgumentException e) {
                    return context.reportInputMismatch(LocalizedText.class,
                            "locale '%s': status must be 'reviewed' or 'draft', found '%s'", field.getKey(),
                            value.path("status").asText());
                }
                translations.put(field.getKey(), new Translation(value.get("text").asText(), parsed));
            } else {
                return context.reportInputMismatch(LocalizedText.class,
                        "locale '%s': expected a text or {text, status}", field.getKey());
            }
        }
        return new LocalizedText(translations);
    }
}
