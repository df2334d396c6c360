package se.lyssna.backend.console;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in adult and this request's CSRF token, for the layout ({@code inject:console}). */
@RequestScoped
@Named("console")
public class ConsoleSession {
    private final SecurityIdentity identity;
    private final RoutingContext routing;

    ConsoleSession(SecurityIdentity identity, RoutingContext routing) {
        this.identity = identity;
        this.routing = routing;
    }

    /** The name the identity provider gives, or the subject if it gives none. */
    public String userName() {
        if (identity.isAnonymous()) {
            return "";
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object name = token.getClaim("name");
            if (name != null && !name.toString().isBlank()) {
                return name.toString().replace("\"", "");
            }
        }
        return identity.getPrincipal().getName();
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String csrfToken() {
        return CsrfGuard.tokenOf(routing);
    }
}
