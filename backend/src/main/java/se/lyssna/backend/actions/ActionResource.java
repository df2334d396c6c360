package se.lyssna.backend.actions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.backend.security.Roles;

@Path("/api/v1/units/{unit}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FACILITATOR, Roles.SURVEY_ADMIN})
// Writes are the council's own (ActionAccess): their operations say facilitator only, for the document's readers.
@Tag(name = "Actions", description = "\"You said, we did\": what a unit's children's council decided and did")
public class ActionResource {
    private final ActionService service;
    private final ActionAccess access;

    ActionResource(ActionService service, ActionAccess access) {
        this.service = service;
        this.access = access;
    }

    @GET
    @Operation(summary = "The unit's actions, optionally of one round (facilitators of the unit, survey-admin)")
    public List<ActionViews.ActionView> list(@PathParam("unit") String unit, @QueryParam("round") String round) {
        access.requireRead(unit);
        return service.list(unit, round == null || round.isBlank() ? null : Params.uuid("round", round));
    }

    @GET
    @Path("/{actionId}")
    @Operation(summary = "One action (facilitators of the unit, survey-admin)")
    public ActionViews.ActionView get(@PathParam("unit") String unit, @PathParam("actionId") UUID actionId) {
        access.requireRead(unit);
        return service.get(unit, actionId);
    }

    @POST
    @SecurityRequirement(name = "SecurityScheme", scopes = Roles.FACILITATOR)
    @Operation(summary = "Record an action (facilitators of the unit); texts are screened for personal data")
    public Response create(@PathParam("unit") String unit, ActionViews.ActionRequest request) {
        access.requireWrite(unit);
        ActionViews.ActionView created = service.create(unit, Params.body(request));
        return Response.status(201).entity(created)
                .location(java.net.URI.create("/api/v1/units/" + unit + "/actions/" + created.id())).build();
    }

    @PUT
    @Path("/{actionId}")
    @SecurityRequirement(name = "SecurityScheme", scopes = Roles.FACILITATOR)
    @Operation(summary = "Replace an action (facilitators of the unit)")
    public ActionViews.ActionView replace(@PathParam("unit") String unit, @PathParam("actionId") UUID actionId,
                                          ActionViews.ActionRequest request) {
        access.requireWrite(unit);
        return service.replace(unit, actionId, Params.body(request));
    }

    @PATCH
    @Path("/{actionId}")
    @SecurityRequirement(name = "SecurityScheme", scopes = Roles.FACILITATOR)
    @Operation(summary = "Change an action's status or texts (facilitators of the unit)")
    public ActionViews.ActionView patch(@PathParam("unit") String unit, @PathParam("actionId") UUID actionId,
                                        ActionViews.ActionPatch patch) {
        access.requireWrite(unit);
        return service.patch(unit, actionId, Params.body(patch));
    }

    @DELETE
    @Path("/{actionId}")
    @SecurityRequirement(name = "SecurityScheme", scopes = Roles.FACILITATOR)
    @Operation(summary = "Delete an action (facilitators of the unit)")
    public Response delete(@PathParam("unit") String unit, @PathParam("actionId") UUID actionId) {
        access.requireWrite(unit);
        service.delete(unit, actionId);
        return Response.noContent().build();
    }
}
