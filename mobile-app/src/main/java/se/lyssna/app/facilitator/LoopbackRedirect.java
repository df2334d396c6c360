package se.lyssna.app.facilitator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The desktop's redirect (RFC 8252 section 7.3): a one-request HTTP listener on 127.0.0.1 at a port the system
 * picks, so no other program on the machine can have registered it in advance. It takes the first request to
 * its path, answers with a short page that sends the adult back to the app, and stops.
 */
final class LoopbackRedirect implements AutoCloseable {
    private static final String PATH = "/callback";
    private final HttpServer server;
    private final CompletableFuture<Map<String, String>> parameters = new CompletableFuture<>();
    private final String page;

    LoopbackRedirect(String page) throws IOException {
        this.page = page;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext(PATH, this::handle);
        server.start();
    }

    URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** The query parameters of the redirect (code and state, or error). */
    CompletableFuture<Map<String, String>> parameters() {
        return parameters;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        parameters.complete(query(exchange.getRequestURI().getRawQuery()));
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
