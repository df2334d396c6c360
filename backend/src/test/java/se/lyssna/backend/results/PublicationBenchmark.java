package se.lyssna.backend.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.lyssna.backend.demo.SyntheticAnswers;
import se.lyssna.backend.results.disclosure.AuditedProtection;

/**
 * Prints how long protecting a large round takes (not a test): {@code responses} (default 200,000) children over
 * {@code municipalities} (default 40) municipalities of {@code unitsEach} (default nine) care units and an own part
 * each, sizes from tiny to large. Counts in memory, then the heuristic, the propagation loop and the linear
 * programs, as at close. Run from the worktree root:
 * {@code scripts/benchmark-publication.sh [responses] [municipalities] [unitsEach]}.
 */
public final class PublicationBenchmark {
    private PublicationBenchmark() {
    }

    public static void main(String[] args) {
        int responses = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int municipalities = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        // 290 municipalities of 3 units each is the nation's shape: most municipalities place few children.
        int unitsEach = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        Random random = new Random(7);
        List<UnitNode> units = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int m = 0; m < municipalities; m++) {
            String municipality = String.format("%04d", 100 + m);
            for (int h = 0; h < unitsEach; h++) {
                units.add(new UnitNode(municipality + "-u" + h, "Enhet " + h, "hvb", municipality));
                weights.add(unitsEach >= 5 && h < 2 ? 0.02 : Math.pow(2, h * 8.0 / Math.max(1, unitsEach - 1)));
            }
            units.add(new UnitNode(municipality, "Kommun " + m, "municipality", null));
            weights.add(8.0);
        }
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long processStart = os.getProcessCpuTime();
        Aggregation aggregation = new Aggregation(RandomRounds.QUESTIONNAIRE, units);
        SyntheticAnswers synthetic = new SyntheticAnswers(random);
        Map<String, Integer> issued = new HashMap<>();
        List<Map<String, List<String>>> pool = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            pool.add(synthetic.answer(RandomRounds.QUESTIONNAIRE, 0.3 + random.nextDouble() * 0.6));
        }
        int given = 0;
        for (int u = 0; u < units.size(); u++) {
            int n = u == units.size() - 1 ? responses - given
                    : (int) Math.max(1, Math.round(responses * weights.get(u) / total));
            n = Math.max(1, Math.min(n, responses - given));
            given += n;
            issued.put(units.get(u).code(), n + random.nextInt(3));
            for (int i = 0; i < n; i++) {
                Map<String, List<String>> answers = pool.get(random.nextInt(pool.size()));
                Map<String, String> background = new HashMap<>();
                RandomRounds.QUESTIONNAIRE.background().forEach(item -> item.background().ifPresent(variable -> {
                    List<String> value = answers.get(item.id());
                    if (value != null) {
                        background.put(variable, value.get(0));
                    }
                }));
                aggregation.add(new Respondent(units.get(u).code(), background, answers));
            }
        }
        long counted = System.nanoTime();
        long cpuCounted = threads.getCurrentThreadCpuTime();
        long processCounted = os.getProcessCpuTime();
        AuditedProtection.Outcome outcome = aggregation.protect(5, issued, true,
                Double.parseDouble(System.getProperty("lyssna.audit.lp-seconds", "8")));
        long protectedAt = System.nanoTime();
        long cpuProtected = threads.getCurrentThreadCpuTime();
        long processProtected = os.getProcessCpuTime();
        long hidden = outcome.cells().values().stream().filter(c -> !c.unpublished() && c.hidden()).count();
        long published = outcome.cells().values().stream().filter(c -> !c.unpublished()).count();
        System.out.printf("%d responses, %d units: counting %.1f s, protection and audit %.1f s (%d audit rounds,"
                        + " %d numbers, %d programs, %d unproven, %d findings); %d of %d figures hidden (%.1f %%)%n",
                given, units.size(), (counted - start) / 1e9, (protectedAt - counted) / 1e9, outcome.rounds(),
                outcome.audit().hiddenNumbers(), outcome.audit().programs(), outcome.audit().unproven(),
                outcome.audit().found(), hidden, published, 100.0 * hidden / published);
        // On a shared machine CPU time says more than the wall clock. The reader model is compiled on a second
        // thread, and the collector and compilers have their own: the process's CPU counts them all.
        System.out.printf("CPU of this thread: counting %.1f s, protection and audit %.1f s; of the process (all"
                        + " threads): counting %.1f s, protection and audit %.1f s%n",
                (cpuCounted - cpuStart) / 1e9, (cpuProtected - cpuCounted) / 1e9,
                (processCounted - processStart) / 1e9, (processProtected - processCounted) / 1e9);
    }
}
