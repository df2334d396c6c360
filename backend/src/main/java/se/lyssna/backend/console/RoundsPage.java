package se.lyssna.backend.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews;
import se.lyssna.backend.security.Roles;
import se.lyssna.backend.units.UnitService;

/** Rounds: the calendar of rounds and the form that opens a national round. */
@Path("/console")
@RolesAllowed(Roles.SURVEY_ADMIN)
@Produces(MediaType.TEXT_HTML)
public class RoundsPage {
    private final RoundService rounds;
    private final QuestionnaireRegistry questionnaires;
    private final UnitService units;
    private final ConsoleValidation validation;
    private final java.time.Clock clock;

    RoundsPage(RoundService rounds, QuestionnaireRegistry questionnaires, UnitService units,
               ConsoleValidation validation, java.time.Clock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.units = units;
        this.validation = validation;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance rounds(List<RoundViews.RoundView> rounds, List<ConsoleViews.CalendarYear> years,
                                              List<ConsoleViews.BandChoice> bandChoices,
                                              List<ConsoleViews.UnitGroup> unitGroups, LocalDate today);
    }

    @GET
    public Response start() {
        return Response.seeOther(URI.create("/console/rounds")).build();
    }

    @GET
    @Path("/rounds")
    public String list() {
        List<RoundViews.RoundView> all = rounds.list();
        LocalDate today = LocalDate.now(clock);
        return Templates.rounds(all, ConsoleViews.CalendarYear.of(all, today),
                ConsoleViews.BandChoice.of(questionnaires.published()),
                ConsoleViews.UnitGroup.of(units.views()), today).render();
    }

    @POST
    @Path("/rounds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@RestForm String name, @RestForm("band") List<String> bandVersions,
                         @RestForm List<String> units, @RestForm String opensOn, @RestForm String closesOn,
                         @RestForm String threshold) {
        // One "key@version" per age band; a band left at "none" is not in the round (RoundService checks the rest).
        List<RoundViews.NewBand> bands = (bandVersions == null ? List.<String>of() : bandVersions).stream()
                .filter(v -> v != null && !v.isBlank()).map(v -> v.split("@", 2))
                .map(kv -> new RoundViews.NewBand(new RoundViews.QuestionnaireRef(kv[0], kv.length > 1 ? kv[1] : ""),
                        null, null)).toList();
        RoundViews.NewRound request = validation.valid(new RoundViews.NewRound(name, null, bands,
                units == null ? List.of() : units, ConsoleForms.date("Öppnar", opensOn),
                ConsoleForms.date("Stänger", closesOn), ConsoleForms.number("Tröskel", threshold)));
        RoundViews.RoundView round = rounds.open(request);
        return Response.ok().header("HX-Redirect", "/console/rounds/" + round.id()).build();
    }
}
