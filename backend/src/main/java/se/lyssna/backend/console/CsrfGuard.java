package se.lyssna.backend.console;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Double-submit CSRF protection for the console: a random token in a SameSite=Strict, HttpOnly cookie, echoed by
 * every state-changing request in the {@code X-CSRF-Token} header (htmx sends it from the page's
 * {@code hx-headers}). A cross-site page can neither read the cookie nor set the header, so it cannot forge a form.
 */
public class CsrfGuard {
    static final String COOKIE = "lyssna-csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final String KEY = "lyssna.csrf";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, RoutingContext routing) {
        if (!request.getUriInfo().getPath().startsWith("/console")) {
            return null;
        }
        Cookie cookie = routing.request().getCookie(COOKIE);
        String token = cookie == null ? null : cookie.getValue();
        if (SAFE.contains(request.getMethod())) {
            if (token == null || token.length() < 32) {
                token = newToken();
                boolean https = "https".equals(routing.request().scheme());
                routing.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/console").setHttpOnly(true)
                        .setSecure(https).setSameSite(CookieSameSite.STRICT));
            }
            routing.put(KEY, token);
            return null;
        }
        String sent = request.getHeaderString(HEADER);
        if (token == null || sent == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))) {
            ConsoleMessages m = ConsoleLanguage.messages();
            return ConsoleProblems.page(403, m.csrfTitle(), m.csrfDetail(), java.util.List.of(), isHtmx(request));
        }
        routing.put(KEY, token);
        return null;
    }

    static String tokenOf(RoutingContext routing) {
        String token = routing.get(KEY);
        return token == null ? "" : token;
    }

    static boolean isHtmx(ContainerRequestContext request) {
        return "true".equals(request.getHeaderString("HX-Request"));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
