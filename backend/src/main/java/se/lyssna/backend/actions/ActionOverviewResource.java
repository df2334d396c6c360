package se.lyssna.backend.actions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.backend.security.Roles;

@Path("/api/v1/admin/actions/overview")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SURVEY_ADMIN)
@Tag(name = "Actions")
public class ActionOverviewResource {
    private final ActionService service;

    ActionOverviewResource(ActionService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Per area, how many units recorded actions, by status; counts only (survey-admin)")
    public ActionViews.Overview overview(@QueryParam("round") String round) {
        return service.overview(round == null || round.isBlank() ? null : Params.uuid("round", round));
    }
}
