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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.lyssna.backend.problem.ApiProblem;
import se.lyssna.backend.security.Roles;
import se.lyssna.backend.units.UnitCsvImport;
import se.lyssna.backend.units.UnitViews;
import se.lyssna.backend.units.UnitService;

/** Units: the care units by municipality, and importing more from a CSV file with a preview. */
@Path("/console/units")
@RolesAllowed(Roles.SURVEY_ADMIN)
@Produces(MediaType.TEXT_HTML)
public class UnitsPage {
    private final UnitService units;
    private final UnitCsvImport csvImport;

    UnitsPage(UnitService units, UnitCsvImport csvImport) {
        this.units = units;
        this.csvImport = csvImport;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance units(List<ConsoleViews.UnitGroup> groups, long municipalities,
                                             long careUnits);

        static native TemplateInstance unitsPreview(UnitCsvImport.Preview preview, String csv);

        static native TemplateInstance unitsImported(List<UnitViews.UnitView> imported);
    }

    @GET
    public String page() {
        List<UnitViews.UnitView> all = units.views();
        long municipalities = all.stream().filter(u -> ConsoleViews.MUNICIPALITY.equals(u.kind())).count();
        List<ConsoleViews.UnitGroup> withCare = ConsoleViews.UnitGroup.of(all).stream()
                .filter(g -> !g.careUnits().isEmpty()).toList();
        return Templates.units(withCare, municipalities, all.size() - municipalities).render();
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public String preview(@RestForm("file") FileUpload file) {
        String csv = read(file);
        return Templates.unitsPreview(csvImport.preview(csv), csv).render();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String importAll(@RestForm String csv) {
        return Templates.unitsImported(csvImport.importAll(csv)).render();
    }

    private static String read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiProblem.badRequest("Välj en CSV-fil att läsa in");
        }
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
