package se.lyssna.backend.questionnaires;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.definitions.Questionnaire;

@Path("/api/v1/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questionnaires", description = "Published questionnaire versions, public")
public class QuestionnaireResource {
    private final QuestionnaireRegistry registry;
    private final QuestionnaireLocalizer localizer;

    QuestionnaireResource(QuestionnaireRegistry registry, QuestionnaireLocalizer localizer) {
        this.registry = registry;
        this.localizer = localizer;
    }

    @GET
    @Operation(summary = "List the published questionnaire versions")
    public List<QuestionnaireViews.Summary> list() {
        return registry.published().stream().map(QuestionnaireResource::summary).toList();
    }

    @GET
    @Path("/{key}/versions/{version}")
    @Operation(summary = "One questionnaire version with its texts in one locale (default: its source locale)")
    public QuestionnaireViews.Localized version(@PathParam("key") String key, @PathParam("version") String version,
                                                @QueryParam("locale") String locale) {
        return localizer.localize(registry.require(key, version), locale);
    }

    private static QuestionnaireViews.Summary summary(Questionnaire q) {
        Map<String, String> title = new LinkedHashMap<>();
        q.locales().forEach(l -> title.put(l, q.title().text(l).orElse("")));
        return new QuestionnaireViews.Summary(q.key(), q.version(), q.status().name().toLowerCase(), q.national(),
                q.ageBand(), q.locales(), title);
    }
}
