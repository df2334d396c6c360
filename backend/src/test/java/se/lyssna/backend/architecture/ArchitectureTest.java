package se.lyssna.backend.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep the backend carry-on-able, checked on its compiled classes. Where another feature still
 * breaks a rule, the exact dependency is listed in {@link KnownViolations} with its reason: the rule stays strict for
 * everything else, and an entry that is no longer needed fails the build, so the list only shrinks.
 */
class ArchitectureTest {
    static final String BACKEND = "se.lyssna.backend";
    private static JavaClasses backend;

    @BeforeAll
    static void importBackend() {
        backend = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BACKEND);
    }

    /** Checks a rule on the backend's classes; also the seam the planted-violation test uses. */
    static void check(ArchRule rule, JavaClasses classes) {
        rule.check(classes);
    }

    @Test
    void resources_neverTouchAnEntity() {
        check(resourcesTouchNoEntity(), backend);
    }

    @Test
    void features_readOnlyTheirOwnTables() {
        check(featuresReadOnlyTheirOwnTables(), backend);
    }

    @Test
    void dateAndTime_comeOnlyFromTheInjectedClock() {
        check(onlyTheClockReadsTheTime(), backend);
    }

    @Test
    void demoCode_livesOnlyInTheDemoPackage_andOnlyInDemoBuilds() {
        check(demoCodeOnlyInDemo(), backend);
        check(demoBeansOnlyInDemoBuilds(), backend);
        check(nothingDependsOnDemo(), backend);
    }

    @Test
    void services_throwDomainExceptions_notHttpStatuses() {
        check(servicesNameNoHttpStatus(), backend);
    }

    @Test
    void results_readParticipationOnlyThroughItsInterface() {
        check(resultsReadParticipationOnlyThroughRoundResponses(), backend);
    }

    @Test
    void packages_haveNoCycles() {
        check(noPackageCycles(), backend);
    }

    @Test
    void knownViolations_areAllStillNeeded() {
        KnownViolations.assertAllStillNeeded(backend);
    }

    static ArchRule resourcesTouchNoEntity() {
        return classes().that().areAnnotatedWith(Path.class).should(notDependOn("touch an entity",
                ArchitectureTest::isEntity, KnownViolations.RESOURCE_TOUCHES_ENTITY));
    }

    static ArchRule featuresReadOnlyTheirOwnTables() {
        return classes().that().resideInAPackage(BACKEND + "..").should(notDependOn(
                "read another feature's tables (its entities or repositories)",
                ArchitectureTest::isTableAccess, KnownViolations.READS_OTHER_FEATURES_TABLES)
                .forOtherFeaturesOnly());
    }

    /**
     * Results never sees a code row, a token or the mixer: only what participation hands out, a round's responses
     * ({@code RoundResponses}) and the unit a typed code belongs to ({@code CodeUnits}, for feedback by code).
     */
    static ArchRule resultsReadParticipationOnlyThroughRoundResponses() {
        return noClasses().that().resideInAPackage(BACKEND + ".results..").should().dependOnClassesThat(
                com.tngtech.archunit.base.DescribedPredicate.describe("participation other than its interfaces",
                        (JavaClass type) -> type.getPackageName().equals(BACKEND + ".participation")
                                && !type.getName().startsWith(BACKEND + ".participation.RoundResponses")
                                && !type.getName().equals(BACKEND + ".participation.CodeUnits")));
    }

    static ArchRule onlyTheClockReadsTheTime() {
        return noClasses().that().resideOutsideOfPackage(BACKEND + ".time..")
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("every date and time decision reads the injected Clock (time.ClockProducer), in the"
                        + " configured Swedish zone, never the JVM's");
    }

    static ArchRule demoCodeOnlyInDemo() {
        return classes().that().haveSimpleNameStartingWith("Demo").or().areAnnotatedWith(IfBuildProfile.class)
                .and().doNotHaveFullyQualifiedName(KnownViolations.DEMO_SECRETS)
                .should().resideInAPackage(BACKEND + ".demo")
                .because("demo code has one place, left out of the production build as a whole");
    }

    static ArchRule demoBeansOnlyInDemoBuilds() {
        return classes().that().resideInAPackage(BACKEND + ".demo").and().areTopLevelClasses()
                .and(isBeanOrResource())
                .should().beAnnotatedWith(IfBuildProfile.class)
                .because("a demo bean or endpoint must not exist in the production build (build profile prod)");
    }

    static ArchRule nothingDependsOnDemo() {
        return noClasses().that().resideOutsideOfPackage(BACKEND + ".demo..")
                .should().dependOnClassesThat().resideInAPackage(BACKEND + ".demo..")
                .because("the production build must work without the demo package");
    }

    static ArchRule servicesNameNoHttpStatus() {
        return classes().that().haveSimpleNameEndingWith("Service").should(notDependOn(
                "name an HTTP status (ApiProblem); throw a DomainException instead",
                ArchitectureTest::isHttpProblem, KnownViolations.SERVICE_NAMES_HTTP_STATUS));
    }

    static ArchRule noPackageCycles() {
        return slices().matching(BACKEND + ".(*)..").should().beFreeOfCycles();
    }

    static boolean isEntity(JavaClass type) {
        return type.isAnnotatedWith(Entity.class);
    }

    static boolean isHttpProblem(JavaClass type) {
        return type.isAssignableTo(BACKEND + ".problem.ApiProblem");
    }

    static boolean isTableAccess(JavaClass type) {
        return featureOf(type).isPresent() && (isEntity(type)
                || type.isAssignableTo(io.quarkus.hibernate.orm.panache.PanacheRepositoryBase.class));
    }

    /** The feature (top-level package under se.lyssna.backend) a class belongs to. */
    static Optional<String> featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(BACKEND + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(BACKEND.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static DescribedPredicate<JavaClass> isBeanOrResource() {
        Set<String> beanAnnotations = Set.of("jakarta.enterprise.context.ApplicationScoped",
                "jakarta.enterprise.context.RequestScoped", "jakarta.inject.Singleton", "jakarta.ws.rs.Path");
        return DescribedPredicate.describe("a bean or resource", type -> type.getAnnotations().stream()
                .anyMatch(a -> beanAnnotations.contains(a.getRawType().getName())));
    }

    private static DependencyCondition notDependOn(String what, java.util.function.Predicate<JavaClass> target,
                                                   Set<String> known) {
        return new DependencyCondition(what, target, known, false);
    }

    /** Fails for each dependency on a matching class, unless it is a listed known violation. */
    static final class DependencyCondition extends ArchCondition<JavaClass> {
        private final java.util.function.Predicate<JavaClass> target;
        private final Set<String> known;
        private final boolean otherFeaturesOnly;

        DependencyCondition(String what, java.util.function.Predicate<JavaClass> target, Set<String> known,
                            boolean otherFeaturesOnly) {
            super("not " + what);
            this.target = target;
            this.known = known;
            this.otherFeaturesOnly = otherFeaturesOnly;
        }

        DependencyCondition forOtherFeaturesOnly() {
            return new DependencyCondition(getDescription().substring(4), target, known, true);
        }

        @Override
        public void check(JavaClass origin, ConditionEvents events) {
            JavaClass top = outermost(origin);
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass targetClass = outermost(dependency.getTargetClass());
                if (!target.test(targetClass) || targetClass.equals(top)) {
                    continue;
                }
                if (otherFeaturesOnly && featureOf(top).equals(featureOf(targetClass))) {
                    continue;
                }
                String pair = KnownViolations.pair(top, targetClass);
                if (!known.contains(pair)) {
                    events.add(SimpleConditionEvent.violated(origin, pair + ": " + dependency.getDescription()));
                }
            }
        }

        static JavaClass outermost(JavaClass type) {
            JavaClass current = type;
            while (current.getEnclosingClass().isPresent()) {
                current = current.getEnclosingClass().get();
            }
            return current;
        }
    }
}
