package se.lyssna.backend.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.lyssna.backend.participation.CodeIssuer;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews;

/**
 * Demo data for the README's first command: the closed demo rounds of {@link DemoResults}, and an open round over a
 * few homes with codes and synthetic answers sent through the real submission path. Unused codes go to
 * {@code .lyssna/demo-codes.txt} so a person can try the app; they are never logged.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test", "demo"})
public class DemoSeeder {
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);
    static final String OPEN_ROUND = "Demo 2027";

    /**
     * A demo unit of {@link DemoResults}, how well things go there (0..1), how many children answered so far, and the
     * share of its children in each age band.
     */
    private record DemoUnit(String code, double climate, int answers, Map<String, Double> ages) {
    }

    /** HVB and SiS homes: mostly teenagers, a few who stayed on past 18. */
    private static final Map<String, Double> HVB_AGES = Map.of("7-12", 0.05, "13-17", 0.85, "18-21", 0.10);
    /** Foster families: children of every age. */
    private static final Map<String, Double> FOSTER_AGES = Map.of("7-12", 0.40, "13-17", 0.40, "18-21", 0.20);
    /** Supported housing and after-care: young adults, some 16-17-year-olds. */
    private static final Map<String, Double> AFTERCARE_AGES = Map.of("13-17", 0.25, "18-21", 0.75);

    private static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("0180-hvb-demo-solrosen", 0.78, 9, HVB_AGES),
            new DemoUnit("0180-fh-demo-norr", 0.75, 31, FOSTER_AGES),
            new DemoUnit("0180-sb-demo-kajen", 0.6, 2, AFTERCARE_AGES),
            new DemoUnit("1480-hvb-demo-hamnen", 0.55, 12, HVB_AGES),
            new DemoUnit("1480-fh-demo-vast", 0.74, 26, FOSTER_AGES));

    /** The national round: one questionnaire per age band, each the newest published version. */
    private static final List<RoundViews.NewBand> NATIONAL_BANDS = List.of(
            new RoundViews.NewBand(new RoundViews.QuestionnaireRef("national-7-12", "2026.3"), null, null),
            new RoundViews.NewBand(new RoundViews.QuestionnaireRef("national-13-17", "2026.2"), null, null),
            new RoundViews.NewBand(new RoundViews.QuestionnaireRef("national-18-21", "2026.1"), null, null));

    private final boolean seed;
    private final RoundService rounds;
    private final CodeIssuer codes;
    private final DemoSubmissions submissions;
    private final DemoResults history;
    private final Clock clock;

    DemoSeeder(@ConfigProperty(name = "lyssna.demo.seed", defaultValue = "false") boolean seed,
               RoundService rounds, CodeIssuer codes, DemoSubmissions submissions, DemoResults history, Clock clock) {
        this.clock = clock;
        this.seed = seed;
        this.rounds = rounds;
        this.codes = codes;
        this.submissions = submissions;
        this.history = history;
    }

    // After the questionnaires and municipalities are loaded (their observers have the default priority).
    void onStart(@Observes @Priority(5000) StartupEvent start) {
        if (!seed || rounds.list().stream().anyMatch(r -> r.name().equals(OPEN_ROUND))) {
            return;
        }
        // Two closed, published rounds first, so results, trends and reports have something to show.
        history.seed();
        LocalDate today = LocalDate.now(clock);
        RoundViews.RoundView round = rounds.open(new RoundViews.NewRound(OPEN_ROUND, null, NATIONAL_BANDS,
                UNITS.stream().map(DemoUnit::code).toList(), today.minusDays(14), today.plusDays(60), null));
        Random random = new Random(2026);
        List<String> unused = new ArrayList<>();
        int sent = 0;
        for (DemoUnit unit : UNITS) {
            List<String> issued = codes.issue(round.id(), new RoundViews.NewCodes(unit.code(), unit.answers() + 5))
                    .codes();
            for (String code : issued.subList(0, unit.answers())) {
                submissions.send(round.id(), code, unit.climate(), unit.ages(), random);
                sent++;
            }
            issued.subList(unit.answers(), issued.size()).forEach(c -> unused.add(unit.code() + "  " + c));
        }
        writeCodes(round.id(), unused);
        LOG.infof("Demo round '%s' opened with %d synthetic answers; unused codes in .lyssna/demo-codes.txt",
                OPEN_ROUND, sent);
    }

    private static void writeCodes(UUID round, List<String> lines) {
        try {
            Path file = Path.of(".lyssna", "demo-codes.txt");
            Files.createDirectories(file.getParent());
            List<String> content = new ArrayList<>();
            content.add("# Unused participation codes of round " + round + " (demo data, not real children)");
            content.addAll(lines);
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
