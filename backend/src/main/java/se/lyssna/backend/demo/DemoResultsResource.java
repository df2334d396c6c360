package se.lyssna.backend.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.backend.security.Roles;

/** Seeds the synthetic demo results on request. Not in the production build: see {@link DemoTokenResource}. */
@Path("/api/v1/demo/results")
@IfBuildProfile(anyOf = {"dev", "test", "demo"})
@RolesAllowed(Roles.SURVEY_ADMIN)
@Tag(name = "Demo", description = "Demo users' tokens and data; not in the production build")
public class DemoResultsResource {
    private final DemoResults demo;

    DemoResultsResource(DemoResults demo) {
        this.demo = demo;
    }

    public record Seeded(List<UUID> rounds) {
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create demo units and two closed, published demo rounds (2025.1 and 2026.1); idempotent")
    public Seeded seed() {
        return new Seeded(demo.seed());
    }
}
