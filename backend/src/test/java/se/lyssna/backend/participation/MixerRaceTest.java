package se.lyssna.backend.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Answers;
import se.lyssna.backend.support.Database;
import se.lyssna.backend.support.TestApi;

/**
 * Submissions, retries and mixing at the same time: every code row must survive the mixer's rewrite, every
 * confirmed submission must be stored exactly once, and a retry must never be told its token is unknown.
 */
@QuarkusTest
class MixerRaceTest {
    private static final int CHILDREN = 160;

    @Inject
    Database database;
    @Inject
    ResponseMixer mixer;

    @Test
    void mixingWhileChildrenSubmitAndRetry_losesNoCodeRowAndNoConfirmation() throws Exception {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        List<String> codes = TestApi.codes(round, unit, CHILDREN);
        List<String> tokens = codes.stream().map(TestApi::submissionToken).toList();
        // Some codes are used before the race so that every mix has used rows to rewrite.
        for (int i = 0; i < 10; i++) {
            TestApi.submit(tokens.get(i), "early-" + i, Answers.valid(i)).then().statusCode(201);
        }

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger mixes = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        Future<?> mixing = pool.submit(() -> {
            while (running.get()) {
                mixer.mix(1);
                mixes.incrementAndGet();
            }
        });
        List<Future<?>> children = new ArrayList<>();
        for (int i = 10; i < CHILDREN; i++) {
            int child = i;
            children.add(pool.submit(() -> {
                // Send, then retry twice with the same key as an app does when the answer was lost on the way.
                for (int attempt = 0; attempt < 3; attempt++) {
                    int status = TestApi.submit(tokens.get(child), "key-" + child, Answers.valid(child)).statusCode();
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
            }));
        }
        for (Future<?> child : children) {
            child.get();
        }
        running.set(false);
        mixing.get();
        pool.shutdown();
        mixer.mix(0);

        Map<Integer, Integer> seen = new TreeMap<>();
        statuses.forEach((status, count) -> seen.put(status, count.get()));
        assertThat(seen).as("statuses of " + (CHILDREN - 10) * 3 + " sends during " + mixes.get() + " mixes")
                .containsOnlyKeys(201);
        String inRound = " where round_id = '" + round + "'";
        assertThat(database.count("select count(*) from participation_code" + inRound)).as("code rows")
                .isEqualTo(CHILDREN);
        assertThat(database.count("select count(*) from participation_code" + inRound + " and used"))
                .as("used code rows").isEqualTo(CHILDREN);
        assertThat(database.count("select count(*) from response" + inRound)).as("stored responses")
                .isEqualTo(CHILDREN);
        assertThat(database.count("select count(*) from response_inbox" + inRound)).isZero();
        assertThat(mixes.get()).as("mixes that ran during the submissions").isGreaterThan(3);
    }
}
