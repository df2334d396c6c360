package se.lyssna.backend.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule of {@link ArchitectureTest} must catch a violation planted for it. The planted classes are compiled
 * here into a temporary folder, never onto the test class path, so the Quarkus test application does not see
 * their endpoint or entity.
 */
class PlantedViolationsTest {
    private static final Map<String, String> PLANTED = Map.of(
            "se/lyssna/backend/alpha/AlphaEntity.java", """
                    package se.lyssna.backend.alpha;
                    @jakarta.persistence.Entity
                    public class AlphaEntity {
                        public se.lyssna.backend.beta.BetaResource back() { return null; }
                    }
                    """,
            "se/lyssna/backend/beta/BetaResource.java", """
                    package se.lyssna.backend.beta;
                    @jakarta.ws.rs.Path("/planted")
                    public class BetaResource {
                        public Object entity() { return new se.lyssna.backend.alpha.AlphaEntity(); }
                        public Object today() { return java.time.LocalDate.now(); }
                        public Object demo() { return new se.lyssna.backend.demo.DemoBean(); }
                    }
                    """,
            "se/lyssna/backend/beta/DemoHelper.java", """
                    package se.lyssna.backend.beta;
                    public class DemoHelper {
                    }
                    """,
            "se/lyssna/backend/beta/BetaService.java", """
                    package se.lyssna.backend.beta;
                    public class BetaService {
                        public void fail() { throw se.lyssna.backend.problem.ApiProblem.notFound("planted"); }
                    }
                    """,
            "se/lyssna/backend/demo/DemoBean.java", """
                    package se.lyssna.backend.demo;
                    @jakarta.enterprise.context.ApplicationScoped
                    public class DemoBean {
                    }
                    """);

    private static JavaClasses planted;

    @BeforeAll
    static void compile(@TempDir Path dir) throws IOException, URISyntaxException {
        List<String> files = new ArrayList<>();
        for (var source : PLANTED.entrySet()) {
            Path file = dir.resolve("src").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file.toString());
        }
        String classPath = List.of(jakarta.persistence.Entity.class, jakarta.ws.rs.Path.class,
                        jakarta.enterprise.context.ApplicationScoped.class,
                        se.lyssna.backend.problem.ApiProblem.class).stream()
                .map(PlantedViolationsTest::jarOf).collect(Collectors.joining(java.io.File.pathSeparator));
        Path out = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-classpath", classPath));
        args.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("planted classes compile")
                .isZero();
        planted = new ClassFileImporter().importPath(out);
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static void assertCaught(ArchRule rule, String violation) {
        EvaluationResult result = rule.evaluate(planted);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains(violation));
    }

    @Test
    void resourceHoldingAnEntity_isCaught() {
        assertCaught(ArchitectureTest.resourcesTouchNoEntity(), "BetaResource -> AlphaEntity");
    }

    @Test
    void featureReadingAnotherFeaturesEntity_isCaught() {
        assertCaught(ArchitectureTest.featuresReadOnlyTheirOwnTables(), "BetaResource -> AlphaEntity");
    }

    @Test
    void localDateNow_isCaught() {
        assertCaught(ArchitectureTest.onlyTheClockReadsTheTime(), "LocalDate.now()");
    }

    @Test
    void demoCodeOutsideDemo_demoBeanWithoutBuildProfile_andDependencyOnDemo_areCaught() {
        assertCaught(ArchitectureTest.demoCodeOnlyInDemo(), "DemoHelper");
        assertCaught(ArchitectureTest.demoBeansOnlyInDemoBuilds(), "DemoBean");
        assertCaught(ArchitectureTest.nothingDependsOnDemo(), "BetaResource");
    }

    @Test
    void serviceThrowingAnHttpStatus_isCaught() {
        assertCaught(ArchitectureTest.servicesNameNoHttpStatus(), "BetaService -> ApiProblem");
    }

    @Test
    void packageCycle_isCaught() {
        assertCaught(ArchitectureTest.noPackageCycles(), "alpha");
    }
}
