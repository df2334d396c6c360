package se.lyssna.backend.console;

import io.quarkus.arc.Arc;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import se.lyssna.backend.problem.Problem;
import se.lyssna.backend.problem.ProblemView;

/**
 * Problem details as the console shows them: the same problem the API would send, as a readable page in the
 * console's language, or as an alert fragment when htmx asked (htmx swaps it into the form's result area).
 */
public final class ConsoleProblems {
    private ConsoleProblems() {
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance problem(String title, String detail, List<Problem.FieldViolation> violations,
                                               int status);

        static native TemplateInstance problemAlert(String title, String detail,
                                                    List<Problem.FieldViolation> violations);
    }

    /** The console's problems as HTML; every other path keeps JSON problem details. */
    @jakarta.enterprise.context.ApplicationScoped
    @io.quarkus.arc.Unremovable // looked up by ProblemMappers, never injected
    public static class AsPage implements ProblemView {
        @Override
        public boolean handles(String path) {
            return path != null && (path.equals("/console") || path.startsWith("/console/"));
        }

        @Override
        public Response.ResponseBuilder render(Problem problem) {
            return builder(problem.status(), titleOf(problem), problem.detail(),
                    problem.violations() == null ? List.of() : problem.violations(), isHtmxRequest());
        }
    }

    static Response page(int status, String title, String detail, List<Problem.FieldViolation> violations,
                         boolean htmx) {
        return builder(status, title, detail, violations, htmx).build();
    }

    private static Response.ResponseBuilder builder(int status, String title, String detail,
                                                    List<Problem.FieldViolation> violations, boolean htmx) {
        String html = htmx ? Templates.problemAlert(title, detail, violations).render()
                : Templates.problem(title, detail, violations, status).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html);
    }

    private static boolean isHtmxRequest() {
        RoutingContext current = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        return current != null && "true".equals(current.request().getHeader("HX-Request"));
    }

    /** A heading for the problem in the console's language; the detail stays as the service wrote it. */
    private static String titleOf(Problem problem) {
        ConsoleMessages m = ConsoleLanguage.messages();
        return switch (problem.status()) {
            case 400, 422 -> m.problemForm();
            case 401 -> m.problem401();
            case 403 -> m.problem403();
            case 404 -> m.problem404();
            case 409 -> m.problem409();
            case 410 -> m.problem410();
            case 413 -> m.problem413();
            default -> m.problemOther();
        };
    }
}
