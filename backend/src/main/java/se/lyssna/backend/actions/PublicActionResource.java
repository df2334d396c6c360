package se.lyssna.backend.actions;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What children see of a unit's actions, without sign-in. A class of its own, apart from ActionResource, because the
 * OpenAPI document gave this operation that class's roles although it is public.
 */
@Path("/api/v1/units/{unit}/actions/public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Actions")
public class PublicActionResource {
    private final ActionService service;

    PublicActionResource(ActionService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "What children see: actions in progress or done, optionally of one round (no sign-in)")
    public List<PublishedAction> published(@PathParam("unit") String unit, @QueryParam("round") String round) {
        return round == null || round.isBlank() ? service.publishedFor(unit)
                : service.publishedFor(unit, Params.uuid("round", round));
    }
}
