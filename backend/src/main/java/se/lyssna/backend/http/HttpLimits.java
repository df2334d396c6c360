package se.lyssna.backend.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.lyssna.backend.problem.Problem;

/**
 * Limits of the request line, the headers and the body, answered with problem details. Vert.x's own limits
 * (quarkus.http.limits.*) are set well above these, because Vert.x answers 414/431 itself with an empty body; they
 * stay only as the backstop against absurd requests.
 */
@ApplicationScoped
public class HttpLimits {
    private final ObjectMapper json;
    private final int maxUriLength;
    private final int maxHeaderBytes;
    private final long maxBodyBytes;

    HttpLimits(ObjectMapper json, @ConfigProperty(name = "lyssna.http.max-uri-length") int maxUriLength,
               @ConfigProperty(name = "lyssna.http.max-header-bytes") int maxHeaderBytes,
               @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.json = json;
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        // Vert.x and Quarkus fail a route with a bare status (e.g. a body beyond the hard limit while reading).
        router.route().order(Integer.MIN_VALUE).failureHandler(this::bareStatus);
    }

    private void check(RoutingContext context) {
        var request = context.request();
        if (request.uri().length() > maxUriLength) {
            problem(context, 414, "URI too long", "The address is " + request.uri().length()
                    + " characters; at most " + maxUriLength + " are accepted");
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            problem(context, 431, "Request header fields too large", "The headers are " + headerBytes
                    + " bytes; at most " + maxHeaderBytes + " are accepted");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBodyBytes) {
            problem(context, 413, "Payload too large", "The body is " + length + " bytes; at most " + maxBodyBytes
                    + " are accepted");
            return;
        }
        context.next();
    }

    private void bareStatus(RoutingContext context) {
        int status = context.statusCode();
        if (status == 413 || status == 414 || status == 431) {
            problem(context, status, status == 413 ? "Payload too large" : "Request too large",
                    "The request is larger than this service accepts");
        } else {
            context.next();
        }
    }

    private void problem(RoutingContext context, int status, String title, String detail) {
        if (context.response().headWritten()) {
            return;
        }
        String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String body;
        try {
            body = json.writeValueAsString(new Problem(Problem.TYPE_BASE + slug, title, status, detail,
                    context.request().path(), null));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        // The connection is closed: the rest of an oversized request is not read.
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
