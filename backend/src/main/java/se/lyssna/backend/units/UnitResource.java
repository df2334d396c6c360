package se.lyssna.backend.units;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.backend.security.Roles;

@Path("/api/v1/admin/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SURVEY_ADMIN)
@Tag(name = "Units", description = "Municipalities and care units (survey-admin)")
public class UnitResource {
    private final UnitService service;

    UnitResource(UnitService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "All units: the 290 municipalities and the care units")
    public List<UnitViews.UnitView> list() {
        return service.all().stream().map(UnitViews.UnitView::of).toList();
    }

    @POST
    @Operation(summary = "Add a care unit (home, provider) to a municipality")
    public Response create(@Valid UnitViews.NewCareUnit request) {
        return Response.status(201).entity(UnitViews.UnitView.of(service.createCareUnit(request))).build();
    }
}
