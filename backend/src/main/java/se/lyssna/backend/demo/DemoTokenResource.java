package se.lyssna.backend.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.security.Roles;

/**
 * Mints tokens for demo users, survey-admin included. It is compiled into the demo, dev and test builds only: the
 * production build ({@code mvn package}, build profile {@code prod}) leaves every class of this package out of the
 * application at build time, so no runtime setting can switch it on there ({@code ProdBuildHasNoDemoIT}). In
 * production the survey body's identity provider issues tokens.
 */
@Path("/api/v1/demo/tokens")
@PermitAll
@IfBuildProfile(anyOf = {"dev", "test", "demo"})
@Tag(name = "Demo", description = "Demo users' tokens; not in the production build")
public class DemoTokenResource {
    private final String apiAudience;

    DemoTokenResource(@ConfigProperty(name = "lyssna.jwt.api-audience") String apiAudience) {
        this.apiAudience = apiAudience;
    }

    /**
     * Checked by hand, not with Bean Validation: Hibernate Validator's build step would otherwise name this class
     * in the production build, which leaves the demo's class files out (ProdBuildHasNoDemoIT).
     */
    public record TokenRequest(String role, List<String> units, String name) {
    }

    public record TokenResponse(String token) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mint a token for a demo survey-admin or facilitator (demo only)")
    public TokenResponse mint(TokenRequest request) {
        if (request == null || (!Roles.SURVEY_ADMIN.equals(request.role())
                && !Roles.FACILITATOR.equals(request.role()))) {
            throw DomainException.invalid("role must be survey-admin or facilitator");
        }
        List<String> units = request.units() == null ? List.of() : request.units();
        if ("facilitator".equals(request.role()) && units.isEmpty()) {
            throw DomainException.invalid("A facilitator token needs the units it may see");
        }
        String name = request.name() == null ? "demo-" + request.role() : request.name();
        // Signed with the backend's own RSA key, standing in for the provider's; only this build profile mints them.
        return new TokenResponse(Jwt.subject(name).upn(name).groups(Set.of(request.role()))
                .claim(Roles.UNITS_CLAIM, units).audience(apiAudience).expiresIn(Duration.ofHours(12))
                .jws().keyId("lyssna").sign());
    }
}
