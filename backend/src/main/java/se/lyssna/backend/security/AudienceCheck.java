package se.lyssna.backend.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Each bearer token must be meant for what it is used for: an admin's or facilitator's token must name this API in
 * {@code aud}, and a submission token must name the submission audience and carry no other role. Without this,
 * any token the identity provider signed for another service (with a matching group) would open this API, and
 * SmallRye JWT checks {@code aud} only against one list for every token.
 */
@ApplicationScoped
public class AudienceCheck implements SecurityIdentityAugmentor {
    private final String apiAudience;

    AudienceCheck(@ConfigProperty(name = "lyssna.jwt.api-audience") String apiAudience) {
        this.apiAudience = apiAudience;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || fromSignInSession(identity)) {
            return Uni.createFrom().item(identity);
        }
        Set<String> audience = token.getAudience() == null ? Set.of() : token.getAudience();
        Set<String> roles = identity.getRoles();
        boolean submitter = roles.contains(Roles.SUBMITTER);
        boolean staff = roles.contains(Roles.SURVEY_ADMIN) || roles.contains(Roles.FACILITATOR);
        boolean fits = submitter ? !staff && audience.contains(TokenIssuer.SUBMISSION_AUDIENCE)
                : audience.contains(apiAudience);
        return fits ? Uni.createFrom().item(identity)
                : Uni.createFrom().failure(new AuthenticationFailedException("token audience does not fit"));
    }

    /** A web console's OIDC sign-in session (code flow) is checked by its own configuration, not here. */
    private static boolean fromSignInSession(SecurityIdentity identity) {
        return identity.getCredentials().stream()
                .anyMatch(c -> c.getClass().getName().equals("io.quarkus.oidc.IdTokenCredential"));
    }
}
