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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.lyssna.backend.participation.CodeIssuer;
import se.lyssna.backend.results.ResultsService;
import se.lyssna.backend.results.ResultsViews.Figure;
import se.lyssna.backend.results.ReturnsPerDay;
import se.lyssna.backend.rounds.RoundEntity;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews;
import se.lyssna.backend.security.Roles;
import se.lyssna.backend.units.UnitEntity;
import se.lyssna.backend.units.UnitKind;
import se.lyssna.backend.units.UnitService;

/**
 * Following an open round: answers per unit and municipality with an open round's protection (rounded, hidden
 * under the threshold, as the results API shows them), codes issued, and answers per day. Refreshes itself.
 */
@Path("/console/rounds/{roundId}/monitoring")
@RolesAllowed(Roles.SURVEY_ADMIN)
@Produces(MediaType.TEXT_HTML)
public class MonitoringPage {
    private final RoundService rounds;
    private final CodeIssuer issuer;
    private final ResultsService results;
    private final ReturnsPerDay perDay;
    private final UnitService units;

    MonitoringPage(RoundService rounds, CodeIssuer issuer, ResultsService results, ReturnsPerDay perDay,
                   UnitService units) {
        this.units = units;
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
        RoundEntity round = rounds.require(roundId);
        return Templates.monitoring(rounds.view(round), rows(round), nation(round), days(round)).render();
    }

    /** The part that htmx reloads every few seconds. */
    @GET
    @Path("/live")
    public String live(@PathParam("roundId") UUID roundId) {
        RoundEntity round = rounds.require(roundId);
        return Templates.monitoringLive(rounds.view(round), rows(round), nation(round), days(round)).render();
    }

    private List<Row> rows(RoundEntity round) {
        Map<String, long[]> byMunicipality = new LinkedHashMap<>();
        Map<String, String> municipalityNames = new LinkedHashMap<>();
        List<Row> careUnits = new ArrayList<>();
        Map<String, RoundViews.UnitProgress> progress = new LinkedHashMap<>();
        issuer.monitoring(round.id()).units().forEach(p -> progress.put(p.unit(), p));
        for (UnitEntity unit : rounds.unitsOf(round)) {
            long issued = progress.get(unit.code()).codesIssued();
            long voided = issuer.voidedCount(round.id(), unit.id());
            long[] sums = byMunicipality.computeIfAbsent(unit.countsForMunicipality(), k -> new long[2]);
            sums[0] += issued;
            sums[1] += voided;
            if (unit.kind() == UnitKind.MUNICIPALITY) {
                municipalityNames.put(unit.code(), unit.name());
            } else {
                careUnits.add(row(round, unit.code(), unit.name(), false, issued, voided));
            }
        }
        List<Row> rows = new ArrayList<>();
        byMunicipality.forEach((code, sums) -> rows.add(row(round, code, municipalityNames.getOrDefault(code,
                units.find(code).map(UnitEntity::name).orElse(code)), true, sums[0], sums[1])));
        rows.addAll(careUnits);
        return rows;
    }

    private Row nation(RoundEntity round) {
        RoundViews.Monitoring monitoring = issuer.monitoring(round.id());
        Figure answers = results.liveRespondents(round, results.scopeOf(null));
        return new Row("", "Hela landet", false, monitoring.codesIssued(), 0, answers,
                rate(answers, monitoring.codesIssued()));
    }

    private Row row(RoundEntity round, String code, String name, boolean municipality, long issued, long voided) {
        Figure answers = results.liveRespondents(round, results.scopeOf(code));
        return new Row(code, name, municipality, issued, voided, answers, rate(answers, issued));
    }

    /** The rate from the rounded count, so it tells no more than the count does. */
    private static Integer rate(Figure answers, long issued) {
        return answers.isShown() && issued > 0 ? (int) Math.round(100.0 * answers.value() / issued) : null;
    }

    private List<DayBar> days(RoundEntity round) {
        List<ReturnsPerDay.Day> days = perDay.of(round);
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
