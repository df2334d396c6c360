package se.lyssna.backend.console;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The console's language: Swedish, unless the adult chose English with the language switch ({@code ?lang=en}),
 * which a cookie then remembers. Every template is rendered in it, so {@code msg:} texts and the page's
 * {@code lang} attribute always agree.
 */
public class ConsoleLanguage {
    static final String COOKIE = "lyssna-lang";
    static final String SWEDISH = "sv";
    static final String ENGLISH = "en";

    /** Remembers a language chosen with {@code ?lang=} for the next pages. */
    @ServerRequestFilter
    public void remember(ContainerRequestContext request, RoutingContext routing) {
        String chosen = routing.request().getParam("lang");
        if (request.getUriInfo().getPath().startsWith("/console") && isKnown(chosen)) {
            routing.response().addCookie(Cookie.cookie(COOKIE, chosen).setPath("/console").setHttpOnly(true)
                    .setSecure("https".equals(routing.request().scheme())).setSameSite(CookieSameSite.STRICT));
        }
    }

    /** This request's language tag: the one asked for, else the remembered one, else Swedish. */
    static String current() {
        RoutingContext routing = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (routing == null) {
            return SWEDISH;
        }
        String chosen = routing.request().getParam("lang");
        if (isKnown(chosen)) {
            return chosen;
        }
        Cookie cookie = routing.request().getCookie(COOKIE);
        return cookie != null && isKnown(cookie.getValue()) ? cookie.getValue() : SWEDISH;
    }

    /** The console's words in this request's language, for texts made in Java. */
    static ConsoleMessages messages() {
        String tag = current();
        return SWEDISH.equals(tag) ? MessageBundles.get(ConsoleMessages.class)
                : MessageBundles.get(ConsoleMessages.class, Localized.Literal.of(tag));
    }

    private static boolean isKnown(String tag) {
        return SWEDISH.equals(tag) || ENGLISH.equals(tag);
    }

    /** Renders every template in the request's language (without it, Qute would use the JVM's). */
    @Singleton
    static class TemplateLocale {
        void configure(@Observes EngineBuilder engine) {
            engine.addTemplateInstanceInitializer(instance -> instance.setLocale(current()));
        }
    }
}
