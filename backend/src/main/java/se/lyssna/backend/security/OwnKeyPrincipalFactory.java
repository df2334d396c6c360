package se.lyssna.backend.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies bearer tokens against the identity provider's keys (the standard configuration: its JWKS) and, where
 * {@code lyssna.jwt.own-verification-key} is set, also against the backend's own key for the tokens it signs itself
 * (submission tokens, the demo's tokens). A provider's JWKS cannot hold a key it did not make, so without this the
 * demo's provider and the backend's own tokens could not both be accepted. Own key first: every child's submission
 * is checked once; only an adult's request (the provider's token) pays a second, failed check. Both keys give a token
 * the same issuer, audience and time checks. Unset (production today), tokens take the standard path alone.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class OwnKeyPrincipalFactory extends JWTCallerPrincipalFactory {
    private final JWTCallerPrincipalFactory standard = new DefaultJWTCallerPrincipalFactory();
    // A parser of its own: DefaultJWTCallerPrincipalFactory keeps the first key resolver it was given.
    private final JWTCallerPrincipalFactory own = new DefaultJWTCallerPrincipalFactory();
    private final Optional<PublicKey> ownKey;

    OwnKeyPrincipalFactory(@ConfigProperty(name = "lyssna.jwt.own-verification-key") Optional<String> ownKeyPem) {
        this.ownKey = ownKeyPem.map(OwnKeyPrincipalFactory::decode);
    }

    private static PublicKey decode(String pem) {
        try {
            return KeyUtils.decodePublicKey(pem);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("lyssna.jwt.own-verification-key is not a public key", e);
        }
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        if (ownKey.isPresent()) {
            JWTAuthContextInfo ownInfo = new JWTAuthContextInfo(authContextInfo);
            ownInfo.setPublicVerificationKey(ownKey.get());
            try {
                return own.parse(token, ownInfo);
            } catch (ParseException notOurs) {
                // Not signed by us, or not valid: the provider's keys decide.
            }
        }
        return standard.parse(token, authContextInfo);
    }
}
