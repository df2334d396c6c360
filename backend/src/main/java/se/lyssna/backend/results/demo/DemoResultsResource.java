package se.lyssna.backend.results.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.backend.problem.ApiProblem;
import se.lyssna.backend.security.Roles;

/** Seeds the synthetic demo results on request; only where demo mode is on ({@code lyssna.demo.enabled}). */
@Path("/api/v1/demo/results")
@RolesAllowed(Roles.SURVEY_ADMIN)
@Tag(name = "Demo", description = "Demo users' tokens and data; disabled in production")
public class DemoResultsResource {
    private final boolean enabled;
    private final DemoResults demo;

    DemoResultsResource(@ConfigProperty(name = "lyssna.demo.enabled") boolean enabled, DemoResults demo) {
        this.enabled = enabled;
        this.demo = demo;
    }

    public record Seeded(List<UUID> rounds) {
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create demo units and two closed, published demo rounds (2025.1 and 2026.1); idempotent")
    public Seeded seed() {
        if (!enabled) {
            throw ApiProblem.notFound("Demo data is disabled");
        }
        return new Seeded(demo.seed());
    }
}
