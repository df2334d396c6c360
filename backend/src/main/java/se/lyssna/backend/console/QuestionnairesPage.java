package se.lyssna.backend.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.lyssna.backend.questionnaires.QuestionnaireLocalizer;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.questionnaires.QuestionnaireViews;
import se.lyssna.backend.security.Roles;
import se.lyssna.definitions.DiffResult;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireDiff;

/** Questionnaires: the published versions, a preview per locale (read-aloud, pictures, alt text), and the diff. */
@Path("/console/questionnaires")
@RolesAllowed(Roles.SURVEY_ADMIN)
@Produces(MediaType.TEXT_HTML)
public class QuestionnairesPage {
    private final QuestionnaireRegistry registry;
    private final QuestionnaireLocalizer localizer;
    private final ConsolePictograms pictograms;

    QuestionnairesPage(QuestionnaireRegistry registry, QuestionnaireLocalizer localizer,
                       ConsolePictograms pictograms) {
        this.registry = registry;
        this.localizer = localizer;
        this.pictograms = pictograms;
    }

    /** Versions of one key, for choosing two to compare. */
    public record Family(String key, List<Questionnaire> versions) {
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance questionnaires(List<Questionnaire> published, List<Family> families);

        static native TemplateInstance questionnaire(Questionnaire questionnaire,
                                                     QuestionnaireViews.Localized localized,
                                                     java.util.Map<String, String> pictograms);

        static native TemplateInstance diff(DiffResult diff, List<Family> families);
    }

    @GET
    public String list() {
        return Templates.questionnaires(registry.published(), families()).render();
    }

    @GET
    @Path("/{key}/{version}")
    public String preview(@PathParam("key") String key, @PathParam("version") String version,
                          @QueryParam("locale") String locale) {
        Questionnaire questionnaire = registry.require(key, version);
        return Templates.questionnaire(questionnaire, localizer.localize(questionnaire, locale),
                pictograms.shapes()).render();
    }

    @GET
    @Path("/{key}/diff")
    public String diff(@PathParam("key") String key, @QueryParam("from") String from, @QueryParam("to") String to) {
        List<Questionnaire> versions = registry.published().stream().filter(q -> q.key().equals(key))
                .sorted(java.util.Comparator.comparing(Questionnaire::version, se.lyssna.definitions.Versions.ORDER))
                .toList();
        if (versions.isEmpty()) {
            throw se.lyssna.backend.problem.ApiProblem.notFound("Ingen publicerad enkät med nyckeln '" + key + "'");
        }
        String older = from == null || from.isBlank() ? versions.get(0).version() : from;
        String newer = to == null || to.isBlank() ? versions.get(versions.size() - 1).version() : to;
        try {
            return Templates.diff(QuestionnaireDiff.across(versions, older, newer), families()).render();
        } catch (IllegalArgumentException e) {
            throw se.lyssna.backend.problem.ApiProblem.badRequest(e.getMessage());
        }
    }

    private List<Family> families() {
        return registry.published().stream().map(Questionnaire::key).distinct()
                .map(k -> new Family(k, registry.published().stream().filter(q -> q.key().equals(k)).toList()))
                .toList();
    }
}
