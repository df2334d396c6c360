package se.lyssna.backend.actions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.backend.security.Roles;

@Path("/api/v1/units/{unit}/meeting.pdf")
@RolesAllowed({Roles.FACILITATOR, Roles.SURVEY_ADMIN})
@Tag(name = "Actions")
public class MeetingResource {
    private final MeetingMaterial material;
    private final ActionAccess access;

    MeetingResource(MeetingMaterial material, ActionAccess access) {
        this.material = material;
        this.access = access;
    }

    @GET
    @Produces("application/pdf")
    @Operation(summary = "Council meeting material in Swedish: a cover and a page per area (facilitators, admin)")
    public Response meeting(@PathParam("unit") String unit, @QueryParam("round") String round) {
        access.requireRead(unit);
        byte[] pdf = material.render(unit, round == null || round.isBlank() ? null : Params.uuid("round", round));
        return Response.ok(pdf).header("Content-Disposition", "inline; filename=\"lyssna-brukarrad-" + unit
                + ".pdf\"").build();
    }
}
