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

    /** A demo unit of {@link DemoResults}, how well things go there (0..1), and how many children answered so far. */
    private record DemoUnit(String code, double climate, int answers) {
    }

    private static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("0180-hvb-demo-solrosen", 0.78, 9),
            new DemoUnit("0180-fh-demo-norr", 0.75, 31),
            new DemoUnit("0180-sb-demo-kajen", 0.6, 2),
            new DemoUnit("1480-hvb-demo-hamnen", 0.55, 12),
            new DemoUnit("1480-fh-demo-vast", 0.74, 26));

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
        RoundViews.RoundView round = rounds.open(new RoundViews.NewRound(OPEN_ROUND,
                new RoundViews.QuestionnaireRef("national-13-17", "2026.1"),
                UNITS.stream().map(DemoUnit::code).toList(), today.minusDays(14),
                today.plusDays(60), null));
        Random random = new Random(2026);
        List<String> unused = new ArrayList<>();
        int sent = 0;
        for (DemoUnit unit : UNITS) {
            List<String> issued = codes.issue(round.id(), new RoundViews.NewCodes(unit.code(), unit.answers() + 5))
                    .codes();
            for (String code : issued.subList(0, unit.answers())) {
                submissions.send(round.id(), code, unit.climate(), random);
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
