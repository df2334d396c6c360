package se.lyssna.backend.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dependencies that break a rule of {@link ArchitectureTest} today, each named exactly ("Origin -> Target", simple
 * names) and with why it is still here. They are not allowed patterns: fix one, delete its line (the test insists).
 */
final class KnownViolations {
    private KnownViolations() {
    }

    /**
     * Generates and reads the demo key pair and pepper; a ConfigSource, so it is loaded before CDI and cannot be
     * left out by build profile. It does nothing unless LYSSNA_DEMO_SECRETS=true, and the tests of the packaged
     * production build (ProdBuildHasNoDemoIT) need it to start that build at all.
     */
    static final String DEMO_SECRETS = "se.lyssna.backend.security.DemoSecretsConfigSource";

    /** Resources holding entities: none left. */
    static final Set<String> RESOURCE_TOUCHES_ENTITY = Set.of();

    /** Features reading another feature's entities or repositories: none left, they read records. */
    static final Set<String> READS_OTHER_FEATURES_TABLES = Set.of();

    /** Services throwing ApiProblem, which carries an HTTP status: none left, all throw DomainException. */
    static final Set<String> SERVICE_NAMES_HTTP_STATUS = Set.of();

    static String pair(JavaClass origin, JavaClass target) {
        return origin.getSimpleName() + " -> " + target.getSimpleName();
    }

    /** Every listed violation must still occur; a fixed one must leave the list. */
    static void assertAllStillNeeded(JavaClasses backend) {
        Set<String> resourcePairs = new TreeSet<>();
        Set<String> tablePairs = new TreeSet<>();
        Set<String> servicePairs = new TreeSet<>();
        for (JavaClass origin : backend) {
            JavaClass top = ArchitectureTest.DependencyCondition.outermost(origin);
            origin.getDirectDependenciesFromSelf().forEach(d -> {
                JavaClass target = ArchitectureTest.DependencyCondition.outermost(d.getTargetClass());
                if (top.isAnnotatedWith(jakarta.ws.rs.Path.class) && ArchitectureTest.isEntity(target)) {
                    resourcePairs.add(pair(top, target));
                }
                if (top.getSimpleName().endsWith("Service") && ArchitectureTest.isHttpProblem(target)) {
                    servicePairs.add(pair(top, target));
                }
                if (ArchitectureTest.isTableAccess(target)
                        && !ArchitectureTest.featureOf(top).equals(ArchitectureTest.featureOf(target))) {
                    tablePairs.add(pair(top, target));
                }
            });
        }
        assertThat(resourcePairs).as("resource -> entity").containsAll(RESOURCE_TOUCHES_ENTITY);
        assertThat(tablePairs).as("feature -> another feature's tables").containsAll(READS_OTHER_FEATURES_TABLES);
        assertThat(servicePairs).as("service -> HTTP status").containsAll(SERVICE_NAMES_HTTP_STATUS);
        assertThat(backend.contain(DEMO_SECRETS)).as(DEMO_SECRETS + " still exists").isTrue();
    }
}
