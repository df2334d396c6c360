package se.lyssna.backend.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.lyssna.backend.problem.ApiProblem;

/**
 * Reads every JSON request body strictly, and says why a body is refused without quoting it: an empty body or
 * {@code null}, trailing data or a second document, a key given twice, a number or boolean where text is expected,
 * and text the database could not store exactly (see {@link UnicodeText}) are all 400. Answers are the exception to
 * the last rule: their text is checked item by item by the AnswerValidator, which names the item (422).
 *
 * <p>The submission limit is enforced here while reading, so a chunked body without a length cannot slip past it.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER - 100)
public class StrictJsonReader implements MessageBodyReader<Object> {
    private final ObjectMapper strict;
    private final long maxSubmissionBytes;

    public StrictJsonReader(ObjectMapper mapper, @ConfigProperty(name = "lyssna.max-submission-bytes") long maxSubmissionBytes) {
        this.strict = mapper.copy()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.mappedFeature());
        // "5" stays a string and 5 stays a number: no silent conversion of a number or boolean into text.
        strict.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        this.maxSubmissionBytes = maxSubmissionBytes;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !type.isPrimitive() && type != String.class && !InputStream.class.isAssignableFrom(type)
                && type != byte[].class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        boolean submission = ChildWords.class.isAssignableFrom(type);
        byte[] bytes = readLimited(body, submission ? maxSubmissionBytes : Long.MAX_VALUE);
        JsonNode tree;
        try {
            tree = strict.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw ApiProblem.badRequest("The body is empty; a JSON object is expected");
        }
        if (tree.isNull()) {
            throw ApiProblem.badRequest("The body is null; a JSON object is expected");
        }
        if (!submission) {
            checkText(tree, "");
        }
        try {
            return strict.readerFor(strict.constructType(genericType)).readValue(strict.treeAsTokens(tree));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    private static byte[] readLimited(InputStream body, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            total += n;
            if (total > limit) {
                throw new ApiProblem(413, "too-large", "Payload too large", "The answers are more than " + limit
                        + " bytes; at most " + limit + " bytes are accepted");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void checkText(JsonNode node, String path) {
        if (node.isTextual()) {
            String defect = UnicodeText.defect(node.textValue());
            if (defect != null) {
                throw ApiProblem.badRequest("The value at '" + path + "' " + defect);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String defect = UnicodeText.defect(field.getKey());
                if (defect != null) {
                    throw ApiProblem.badRequest("A key in '" + path + "' " + defect);
                }
                checkText(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkText(node.get(i), path + "[" + i + "]");
            }
        }
    }

    /** Why the body was refused, and where; never the parser's message, which can quote the body. */
    private static ApiProblem malformed(JsonProcessingException e) {
        String why;
        if (e instanceof JsonEOFException) {
            why = "the JSON ends too early";
        } else if (e instanceof MismatchedInputException mismatch && e.getMessage() != null
                && e.getMessage().startsWith("Trailing token")) {
            why = "there is more after the JSON document (trailing data or a second document)";
        } else if (e instanceof StreamReadException && e.getMessage() != null
                && e.getMessage().startsWith("Duplicate field")) {
            why = "a key appears twice in one object";
        } else if (e instanceof MismatchedInputException mismatch) {
            why = "a value has the wrong type" + (mismatch.getPath().isEmpty() ? ""
                    : " at '" + pathOf(mismatch) + "'");
        } else {
            why = "it is not valid JSON";
        }
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return new ApiProblem(400, "malformed", "Malformed request", "The body was refused: " + why + where);
    }

    private static String pathOf(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                String name = reference.getFieldName();
                path.append(path.length() == 0 ? "" : ".").append(name.length() > 40 ? name.substring(0, 40) : name);
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
