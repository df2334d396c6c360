package se.lyssna.backend.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Base64;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import se.lyssna.backend.participation.CodeIssuer;
import se.lyssna.backend.participation.CodeLetters;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews;
import se.lyssna.backend.security.Roles;

/** One round: its facts and state, and its codes (a batch of letters per unit; voiding a lost letter). */
@Path("/console/rounds/{roundId}")
@RolesAllowed(Roles.SURVEY_ADMIN)
@Produces(MediaType.TEXT_HTML)
public class RoundPage {
    private final RoundService rounds;
    private final CodeIssuer issuer;
    private final CodeLetters letters;
    private final ConsoleValidation validation;

    RoundPage(RoundService rounds, CodeIssuer issuer, CodeLetters letters, ConsoleValidation validation) {
        this.rounds = rounds;
        this.issuer = issuer;
        this.letters = letters;
        this.validation = validation;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance round(RoundViews.RoundView round, RoundViews.Monitoring monitoring);

        static native TemplateInstance letters(String message, String unit, int count, String pdfBase64);
    }

    @GET
    public String show(@PathParam("roundId") UUID roundId) {
        return Templates.round(rounds.view(roundId), issuer.monitoring(roundId)).render();
    }

    @POST
    @Path("/letters")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String letters(@PathParam("roundId") UUID roundId, @RestForm String unit, @RestForm String count) {
        Integer n = ConsoleForms.number("Antal", count);
        RoundViews.NewCodes request = validation.valid(new RoundViews.NewCodes(unit, n == null ? 0 : n));
        RoundViews.IssuedCodes codes = issuer.issue(roundId, request);
        return lettersFragment(codes.codes().size() + " koder skapade för " + codes.unit()
                + ". Koderna finns bara i de här breven: ladda ner och skriv ut dem nu.", codes);
    }

    @POST
    @Path("/void")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String voidAndReissue(@PathParam("roundId") UUID roundId, @RestForm String code) {
        CodeIssuer.VoidedCode voided = issuer.voidCode(roundId, code);
        RoundViews.IssuedCodes codes = issuer.issue(roundId, new RoundViews.NewCodes(voided.unit(), 1));
        String sent = voided.wasUsed() ? " Svaren som redan skickats med koden räknas fortfarande."
                : " Koden hade inte använts.";
        return lettersFragment("Koden är makulerad och kan aldrig mer användas." + sent + " Ett nytt brev för "
                + voided.unitName() + " är skapat.", codes);
    }

    private String lettersFragment(String message, RoundViews.IssuedCodes codes) {
        String pdf = Base64.getEncoder().encodeToString(letters.render(codes));
        return Templates.letters(message, codes.unit(), codes.codes().size(), pdf).render();
    }
}
