package se.lyssna.backend.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.backend.problem.ApiProblem;
import se.lyssna.backend.security.TokenIssuer;

/**
 * Mints tokens for demo users. Exists only in the demo, dev and test profiles ({@code lyssna.demo.enabled}); in
 * production the survey body's identity provider issues tokens and this answers 404.
 */
@Path("/api/v1/demo/tokens")
@PermitAll
@Tag(name = "Demo", description = "Demo users' tokens; disabled in production")
public class DemoTokenResource {
    private final boolean enabled;
    private final TokenIssuer issuer;

    DemoTokenResource(@ConfigProperty(name = "lyssna.demo.enabled") boolean enabled, TokenIssuer issuer) {
        this.enabled = enabled;
        this.issuer = issuer;
    }

    public record TokenRequest(@NotBlank @Pattern(regexp = "survey-admin|facilitator") String role,
                               List<String> units, String name) {
    }

    public record TokenResponse(String token) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mint a token for a demo survey-admin or facilitator (demo only)")
    public TokenResponse mint(@Valid TokenRequest request) {
        if (!enabled) {
            throw ApiProblem.notFound("Demo tokens are disabled");
        }
        List<String> units = request.units() == null ? List.of() : request.units();
        if ("facilitator".equals(request.role()) && units.isEmpty()) {
            throw ApiProblem.badRequest("A facilitator token needs the units it may see");
        }
        String name = request.name() == null ? "demo-" + request.role() : request.name();
        return new TokenResponse(issuer.demoUserToken(name, request.role(), units));
    }
}
