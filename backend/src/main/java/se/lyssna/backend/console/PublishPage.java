package se.lyssna.backend.console;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import se.lyssna.backend.actions.ActionService;
import se.lyssna.backend.actions.ActionViews;
import se.lyssna.backend.closing.RoundClosing;
import se.lyssna.backend.participation.ResponseMixer;
import se.lyssna.backend.results.PublicationService;
import se.lyssna.backend.results.ResultsService;
import se.lyssna.backend.results.ResultsViews;
import se.lyssna.backend.results.disclosure.CellKey;
import se.lyssna.backend.results.TrendService;
import se.lyssna.backend.results.export.TableExport;
import se.lyssna.backend.results.report.ResultsReport;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews;
import se.lyssna.backend.security.Roles;
import se.lyssna.definitions.Area;

/**
 * Close and publish: a preview of what disclosure control will hide, closing, then the published tables with the
 * hidden cells and their reasons, trends, downloads and the councils' actions. All figures come from the results
 * services; the preview is the real inbox flush and publication in a transaction that is rolled back.
 */
@Path("/console/rounds/{roundId}")
@RolesAllowed(Roles.SURVEY_ADMIN)
@Produces(MediaType.TEXT_HTML)
public class PublishPage {
    private final RoundService rounds;
    private final RoundClosing closing;
    private final ResponseMixer mixer;
    private final PublicationService publication;
    private final ResultsService results;
    private final TrendService trends;
    private final TableExport export;
    private final ResultsReport report;
    private final ActionService actions;

    PublishPage(RoundService rounds, RoundClosing closing, ResponseMixer mixer, PublicationService publication,
                ResultsService results, TrendService trends, TableExport export, ResultsReport report,
                ActionService actions) {
        this.rounds = rounds;
        this.closing = closing;
        this.mixer = mixer;
        this.publication = publication;
        this.results = results;
        this.trends = trends;
        this.export = export;
        this.report = report;
        this.actions = actions;
    }

    /** How many published figures would be hidden, per reason (the results core's own words). */
    public record Preview(int figures, int hidden, List<ReasonCount> reasons) {
    }

    public record ReasonCount(String reason, int count) {
    }

    /** One published scope's row: its respondents and its area indexes, each shown or hidden with a reason. */
    public record ScopeRow(String code, String name, String kind, ResultsViews.Figure respondents,
                           List<ResultsViews.AreaIndex> areas) {
    }

    /** A municipality of the round, for its report link. */
    public record Municipality(String code, String name) {
    }

    /** The tables of the round (all ages, each age band) and which one the page shows. */
    public record Tables(List<String> all, String shown) {
        public boolean several() {
            return all.size() > 1;
        }
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance publish(RoundViews.RoundView round, Preview preview, List<String> areas,
                                               List<ScopeRow> rows, ResultsViews.Trends trends,
                                               ActionViews.Overview actions, List<Municipality> municipalities,
                                               Tables tables);
    }

    @GET
    @Path("/publish")
    public String page(@PathParam("roundId") UUID roundId, @QueryParam("band") String band) {
        // One transaction for the whole page, always rolled back: the preview runs the real publication in it.
        QuarkusTransaction.begin();
        try {
            return render(roundId, band == null || band.isBlank() ? CellKey.ALL_AGES : band);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private String render(UUID roundId, String band) {
        RoundViews.RoundView round = rounds.view(roundId);
        List<String> areaNames = Area.keys().stream().map(ConsoleViews::areaName).toList();
        Tables tables = new Tables(results.tables(results.round(roundId)), band);
        if (!results.isPublished(roundId)) {
            return Templates.publish(round, preview(roundId), areaNames, List.of(), null, null, List.of(), tables)
                    .render();
        }
        List<ScopeRow> rows = new ArrayList<>();
        rows.add(scopeRow(results.results(roundId, results.scopeOf(null), null, band, true)));
        Map<String, List<ResultsViews.RoundResults>> byMunicipality = new TreeMap<>();
        for (String unit : round.units()) {
            ResultsViews.RoundResults own = results.results(roundId, results.scopeOf(unit), null, band, true);
            boolean isUnit = "unit".equals(own.scope().kind());
            List<ResultsViews.RoundResults> members = byMunicipality.computeIfAbsent(
                    isUnit ? own.scope().municipality() : unit, k -> new ArrayList<>());
            if (isUnit) {
                members.add(own);
            }
        }
        List<Municipality> municipalities = new ArrayList<>();
        byMunicipality.forEach((code, members) -> {
            ResultsViews.RoundResults municipality = results.results(roundId, results.scopeOf(code), null, band,
                    true);
            municipalities.add(new Municipality(code, municipality.scope().name()));
            rows.add(scopeRow(municipality));
            members.stream().sorted(java.util.Comparator.comparing(m -> m.scope().name()))
                    .forEach(m -> rows.add(scopeRow(m)));
        });
        ResultsViews.Trends trend = trends.trends(round.questionnaire().key(), results.scopeOf(null),
                TrendService.DEFAULT_ROUNDS);
        return Templates.publish(round, null, areaNames, rows, trend, actions.overview(roundId), municipalities,
                tables).render();
    }

    @POST
    @Path("/close")
    public Response close(@PathParam("roundId") UUID roundId) {
        closing.close(roundId);
        return Response.ok().header("HX-Redirect", "/console/rounds/" + roundId + "/publish").build();
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("roundId") UUID roundId) {
        return download(export.csv(roundId), "text/csv; charset=UTF-8", "lyssna-" + roundId + ".csv");
    }

    @GET
    @Path("/export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("roundId") UUID roundId) {
        return download(export.xlsx(roundId), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "lyssna-" + roundId + ".xlsx");
    }

    @GET
    @Path("/report.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("roundId") UUID roundId, @QueryParam("municipality") String municipality) {
        String scope = results.scopeOf(municipality == null || municipality.isBlank() ? null : municipality);
        return download(report.render(roundId, scope), "application/pdf", "lyssna-rapport.pdf");
    }

    /**
     * The publication as it would be if the round closed now: the same inbox flush and disclosure control, inside
     * the page's transaction that is always rolled back, so nothing is frozen and no answer moves.
     */
    private Preview preview(UUID roundId) {
        mixer.flushInbox();
        publication.publish(roundId);
        List<List<Object>> rows = export.rows(roundId);
        int reasonColumn = TableExport.HEADER.indexOf("suppressed");
        Map<String, Integer> byReason = new TreeMap<>();
        rows.stream().map(r -> String.valueOf(r.get(reasonColumn))).filter(r -> !r.isEmpty())
                .forEach(r -> byReason.merge(ConsoleViews.reasonText(r), 1, Integer::sum));
        int hidden = byReason.values().stream().mapToInt(Integer::intValue).sum();
        return new Preview(rows.size(), hidden, byReason.entrySet().stream()
                .map(e -> new ReasonCount(e.getKey(), e.getValue())).toList());
    }

    /** A scope's respondents and its whole group's area indexes, in the areas' order. */
    private static ScopeRow scopeRow(ResultsViews.RoundResults result) {
        Map<String, ResultsViews.AreaIndex> byArea = new java.util.HashMap<>();
        if (!result.groups().isEmpty()) {
            result.groups().get(0).areas().forEach(a -> byArea.put(a.area(), a));
        }
        List<ResultsViews.AreaIndex> ordered = Area.keys().stream().map(a -> byArea.getOrDefault(a,
                new ResultsViews.AreaIndex(a, null, null, null, null, null))).toList();
        return new ScopeRow(result.scope().code(), result.scope().name(), result.scope().kind(),
                result.respondents(), ordered);
    }

    private static Response download(byte[] body, String type, String fileName) {
        return Response.ok(body).type(type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
