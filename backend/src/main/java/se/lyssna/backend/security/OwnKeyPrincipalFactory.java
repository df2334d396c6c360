package se.lyssna.backend.security;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
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
import java.util.Set;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies bearer tokens in three ways, each with the same issuer, audience and time checks:
 * <ol>
 * <li>submission tokens: HS256 under the replicas' shared submission key (SubmissionTokenKey), and nothing but
 *     HS256 on this path. A token it verifies must be a submission token and nothing more (the submitter role, the
 *     submission audience), so the symmetric key can never stand in for an adult's token;</li>
 * <li>where {@code lyssna.jwt.own-verification-key} is set (demo, tests), the backend's own RSA key for the demo's
 *     adult tokens: a provider's JWKS cannot hold a key it did not make;</li>
 * <li>the identity provider's keys (the standard configuration: its JWKS), RS256 only as configured, so a token
 *     signed with a symmetric key never gets there with a chance of passing.</li>
 * </ol>
 * Submission key first: every child's submission is checked once; an adult's request pays a failed check that stops
 * at the algorithm, before any signature.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class OwnKeyPrincipalFactory extends JWTCallerPrincipalFactory {
    private final JWTCallerPrincipalFactory standard = new DefaultJWTCallerPrincipalFactory();
    // Parsers of their own: DefaultJWTCallerPrincipalFactory keeps the first key resolver it was given.
    private final JWTCallerPrincipalFactory own = new DefaultJWTCallerPrincipalFactory();
    private final JWTCallerPrincipalFactory submission = new DefaultJWTCallerPrincipalFactory();
    private final Optional<PublicKey> ownKey;
    private final SecretKey submissionKey;

    OwnKeyPrincipalFactory(@ConfigProperty(name = "lyssna.jwt.own-verification-key") Optional<String> ownKeyPem,
                           SubmissionTokenKey submissionKey) {
        this.ownKey = ownKeyPem.map(OwnKeyPrincipalFactory::decode);
        this.submissionKey = submissionKey.key();
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
        JWTCallerPrincipal child = submissionToken(token, authContextInfo);
        if (child != null) {
            return child;
        }
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

    /** The token as a submission token, or null if the submission key did not sign it (or it is not valid). */
    private JWTCallerPrincipal submissionToken(String token, JWTAuthContextInfo authContextInfo)
            throws ParseException {
        JWTAuthContextInfo info = new JWTAuthContextInfo(authContextInfo);
        info.setPublicVerificationKey(null);
        info.setSecretVerificationKey(submissionKey);
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.HS256));
        info.setRelaxVerificationKeyValidation(false);
        JWTCallerPrincipal principal;
        try {
            principal = submission.parse(token, info);
        } catch (ParseException notASubmissionToken) {
            return null;
        }
        if (!Set.of(Roles.SUBMITTER).equals(principal.getGroups())
                || !Set.of(TokenIssuer.SUBMISSION_AUDIENCE).equals(principal.getAudience())) {
            throw new ParseException("a token under the submission key may only be a submission token");
        }
        return principal;
    }
}
