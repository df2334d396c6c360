package se.lyssna.backend.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.backend.results.disclosure.Scope;
import se.lyssna.backend.results.export.TableExport;
import se.lyssna.backend.results.report.ResultsReport;
import se.lyssna.backend.security.CallerUnits;
import se.lyssna.backend.security.Roles;

@Path("/api/v1/results")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SURVEY_ADMIN, Roles.FACILITATOR})
@Tag(name = "Results", description = "Protected results: frozen at close with disclosure control")
public class ResultsResource {
    private final ResultsService results;
    private final TrendService trends;
    private final TableExport export;
    private final ResultsReport report;
    private final CallerUnits caller;

    ResultsResource(ResultsService results, TrendService trends, TableExport export, ResultsReport report,
                    CallerUnits caller) {
        this.results = results;
        this.trends = trends;
        this.export = export;
        this.report = report;
        this.caller = caller;
    }

    @GET
    @Path("/rounds")
    @Operation(summary = "The rounds the caller may see results of, newest first, with the caller's units in each")
    public java.util.List<ResultsViews.RoundSummary> rounds() {
        return results.roundsFor(caller);
    }

    @GET
    @Path("/rounds/{roundId}")
    @Operation(summary = "Protected results of a round for a unit, a municipality (its code) or the nation (no unit)",
            description = "Facilitators see the nation and the units in their token only. A hidden figure is"
                    + " {\"suppressed\":true,\"reason\":\"protected\"}, whatever hid it. While the round is open"
                    + " nothing is shown below the survey body, which sees a response count rounded to ten.")
    public ResultsViews.RoundResults round(@PathParam("roundId") UUID roundId,
                                           @Parameter(description = "unit or municipality code; none = nation")
                                           @QueryParam("unit") String unit,
                                           @Parameter(description = "age-band, gender, placement-form,"
                                                   + " placement-time or born-in-sweden")
                                           @QueryParam("groupBy") String groupBy,
                                           @Parameter(description = "the table: all (all ages, the default) or one"
                                                   + " of the round's age bands (bands in the answer); a band's"
                                                   + " table is published only for scopes that are broken down")
                                           @QueryParam("band") String band) {
        return results.results(roundId, allowedScope(unit), blankToNull(groupBy), blankToNull(band),
                caller.isAdmin());
    }

    @GET
    @Path("/trends")
    @Operation(summary = "Area and item trends over the last published rounds, with breaks where an item changed",
            description = "One questionnaire key is one age band (its band's table in a round of several bands);"
                    + " questionnaire=all-ages follows the all-ages table of every round, areas only, with a break"
                    + " where the bands asked changed")
    public ResultsViews.Trends trends(@QueryParam("questionnaire") @DefaultValue("national-13-17") String key,
                                      @QueryParam("unit") String unit,
                                      @QueryParam("rounds") @DefaultValue("5") int last) {
        return trends.trends(key, allowedScope(unit), last);
    }

    @GET
    @Path("/rounds/{roundId}/export.csv")
    @Produces("text/csv")
    @RolesAllowed(Roles.SURVEY_ADMIN)
    @Operation(summary = "All protected figures of a closed round as CSV (suppressed figures marked, never shown)")
    public Response csv(@PathParam("roundId") UUID roundId) {
        return Response.ok(export.csv(roundId)).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"lyssna-" + roundId + ".csv\"").build();
    }

    @GET
    @Path("/rounds/{roundId}/export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed(Roles.SURVEY_ADMIN)
    @Operation(summary = "All protected figures of a closed round as an Excel workbook")
    public Response xlsx(@PathParam("roundId") UUID roundId) {
        return Response.ok(export.xlsx(roundId))
                .header("Content-Disposition", "attachment; filename=\"lyssna-" + roundId + ".xlsx\"").build();
    }

    @GET
    @Path("/rounds/{roundId}/report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Report in Swedish for a municipality (its code) or the nation (none)")
    public Response pdf(@PathParam("roundId") UUID roundId, @QueryParam("municipality") String municipality) {
        String scope = allowedScope(municipality);
        if (Scope.parse(scope) instanceof Scope.Unit) {
            throw se.lyssna.backend.problem.DomainException.invalid("Reports are made per municipality or for the"
                    + " nation; '" + municipality + "' is a care unit");
        }
        return Response.ok(report.render(roundId, scope))
                .header("Content-Disposition", "inline; filename=\"lyssna-rapport.pdf\"").build();
    }

    /**
     * A facilitator may read their own units, the nation, and the municipality their units belong to: all of them
     * protected figures, so that a council can compare itself with its municipality as well as the nation.
     */
    private String allowedScope(String unit) {
        String code = blankToNull(unit);
        if (code != null && !results.isHomeMunicipality(code, caller.units())) {
            caller.requireAccessTo(code);
        }
        return results.scopeOf(code);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
