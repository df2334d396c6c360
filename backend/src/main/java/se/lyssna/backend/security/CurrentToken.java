package se.lyssna.backend.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's token, whichever mechanism verified it. SmallRye JWT (API bearer tokens) and quarkus-oidc (the
 * console's sign-in) both produce a {@link JsonWebToken}; quarkus-oidc's knows only its own identities, so an API
 * token would look empty. Both principals are JsonWebTokens, so this producer (outranking quarkus-oidc's, which
 * has priority 2) takes the principal itself.
 */
public class CurrentToken {
    @Produces
    @RequestScoped
    @Alternative
    @Priority(10)
    JsonWebToken current(SecurityIdentity identity) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
            return token;
        }
        return new JsonWebToken() {
            @Override
            public String getName() {
                return null;
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of();
            }

            @Override
            public <T> T getClaim(String claimName) {
                return null;
            }
        };
    }
}
