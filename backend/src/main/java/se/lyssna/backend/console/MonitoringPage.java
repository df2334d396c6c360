package se.lyssna.backend.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import se.lyssna.backend.participation.CodeIssuer;
import se.lyssna.backend.results.ResultsService;
import se.lyssna.backend.results.ResultsViews;
import se.lyssna.backend.results.ResultsViews.Figure;
import se.lyssna.backend.results.ReturnsPerDay;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews;
import se.lyssna.backend.security.Roles;

/**
 * Following an open round: answers per municipality and unit exactly as the results API shows them (while open:
 * rounded, hidden under the threshold), codes issued and voided, and answers per day. Refreshes itself.
 */
@Path("/console/rounds/{roundId}/monitoring")
@RolesAllowed(Roles.SURVEY_ADMIN)
@Produces(MediaType.TEXT_HTML)
public class MonitoringPage {
    private final RoundService rounds;
    private final CodeIssuer issuer;
    private final ResultsService results;
    private final ReturnsPerDay perDay;

    MonitoringPage(RoundService rounds, CodeIssuer issuer, ResultsService results, ReturnsPerDay perDay) {
        this.rounds = rounds;
        this.issuer = issuer;
        this.results = results;
        this.perDay = perDay;
    }

    /** A row: a care unit or a municipality (with its care units), its codes and its protected answer count. */
    public record Row(String code, String name, boolean municipality, long codesIssued, long voided, Figure answers,
                      Integer ratePercent) {
    }

    /** Answers per day, with where its bar goes in the chart (hidden days have no bar). */
    public record DayBar(String day, String label, Figure answers, int x, int y, int height) {
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance monitoring(RoundViews.RoundView round, List<Row> rows, Row nation,
                                                  List<DayBar> days);

        static native TemplateInstance monitoringLive(RoundViews.RoundView round, List<Row> rows, Row nation,
                                                      List<DayBar> days);
    }

    @GET
    public String page(@PathParam("roundId") UUID roundId) {
        RoundViews.RoundView round = rounds.view(roundId);
        RoundViews.Monitoring codes = issuer.monitoring(roundId);
        return Templates.monitoring(round, rows(round, codes), nation(round, codes), days(round)).render();
    }

    /** The part that htmx reloads every few seconds. */
    @GET
    @Path("/live")
    public String live(@PathParam("roundId") UUID roundId) {
        RoundViews.RoundView round = rounds.view(roundId);
        RoundViews.Monitoring codes = issuer.monitoring(roundId);
        return Templates.monitoringLive(round, rows(round, codes), nation(round, codes), days(round)).render();
    }

    /** Each municipality of the round (its own placements and its care units together), then the care units. */
    private List<Row> rows(RoundViews.RoundView round, RoundViews.Monitoring codes) {
        Map<String, Long> voided = issuer.voidedCounts(round.id());
        Map<String, long[]> byMunicipality = new TreeMap<>();
        List<Row> careUnits = new ArrayList<>();
        for (RoundViews.UnitProgress unit : codes.units()) {
            ResultsViews.RoundResults own = results.results(round.id(), results.scopeOf(unit.unit()), null, true);
            boolean isMunicipality = !"unit".equals(own.scope().kind());
            String municipality = isMunicipality ? unit.unit() : own.scope().municipality();
            long[] sums = byMunicipality.computeIfAbsent(municipality, k -> new long[2]);
            sums[0] += unit.codesIssued();
            sums[1] += voided.getOrDefault(unit.unit(), 0L);
            if (!isMunicipality) {
                careUnits.add(row(unit.unit(), unit.name(), false, unit.codesIssued(),
                        voided.getOrDefault(unit.unit(), 0L), own.respondents()));
            }
        }
        List<Row> rows = new ArrayList<>();
        byMunicipality.forEach((code, sums) -> {
            ResultsViews.RoundResults municipality = results.results(round.id(), results.scopeOf(code), null, true);
            rows.add(row(code, municipality.scope().name(), true, sums[0], sums[1], municipality.respondents()));
        });
        rows.addAll(careUnits);
        return rows;
    }

    private Row nation(RoundViews.RoundView round, RoundViews.Monitoring codes) {
        Figure answers = results.results(round.id(), results.scopeOf(null), null, true).respondents();
        return row("", "Hela landet", false, codes.codesIssued(), 0, answers);
    }

    private static Row row(String code, String name, boolean municipality, long issued, long voided,
                           Figure answers) {
        return new Row(code, name, municipality, issued, voided, answers, rate(answers, issued));
    }

    /** The rate from the rounded count, so it tells no more than the count does. */
    private static Integer rate(Figure answers, long issued) {
        return answers != null && answers.isShown() && issued > 0
                ? (int) Math.round(100.0 * answers.value() / issued) : null;
    }

    private List<DayBar> days(RoundViews.RoundView round) {
        List<ReturnsPerDay.Day> days = perDay.of(round.id(), round.threshold());
        int max = days.stream().filter(d -> d.answers().isShown()).mapToInt(d -> d.answers().value()).max()
                .orElse(1);
        List<DayBar> bars = new ArrayList<>();
        for (ReturnsPerDay.Day d : days) {
            int height = d.answers().isShown() ? Math.max(2, 100 * d.answers().value() / Math.max(1, max)) : 0;
            bars.add(new DayBar(d.day().toString(), d.day().getDayOfMonth() + "/" + d.day().getMonthValue(),
                    d.answers(), 20 + 40 * bars.size(), 110 - height, height));
        }
        return bars;
    }
}
