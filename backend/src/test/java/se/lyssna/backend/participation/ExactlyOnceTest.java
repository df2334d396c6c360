package se.lyssna.backend.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Answers;
import se.lyssna.backend.support.Database;
import se.lyssna.backend.support.TestApi;

@QuarkusTest
class ExactlyOnceTest {
    @Inject
    Database database;

    @Test
    void twentyConcurrentSubmissionsWithOneCode_storeExactlyOne() throws Exception {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        String token = TestApi.submissionToken(TestApi.codes(round, unit, 1).get(0));
        long inboxBefore = database.count("select count(*) from response_inbox where round_id = '" + round + "'");

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int variant = i;
            Callable<Integer> send = () -> {
                start.await();
                return TestApi.submit(token, "key-" + variant, Answers.valid(variant)).statusCode();
            };
            results.add(pool.submit(send));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
        assertThat(database.count("select count(*) from response_inbox where round_id = '" + round + "'"))
                .isEqualTo(inboxBefore + 1);
    }

    @Test
    void retryWithTheSameIdempotencyKey_getsTheSameSuccessAndStoresNothingNew() {
        String unit = TestApi.newCareUnit("stodboende");
        UUID round = TestApi.openRound(unit);
        String token = TestApi.submissionToken(TestApi.codes(round, unit, 1).get(0));

        String first = TestApi.submit(token, "retry-key", Answers.valid(3)).then().statusCode(201).extract().asString();
        String afterFirst = database.storedState();
        String second = TestApi.submit(token, "retry-key", Answers.valid(3)).then().statusCode(201).extract()
                .asString();

        assertThat(second).isEqualTo(first);
        assertThat(database.storedState()).isEqualTo(afterFirst);
        // Same key, different answers: not a retry.
        TestApi.submit(token, "retry-key", Answers.valid(4)).then().statusCode(409);
        // A new key with a used code: a different submission.
        TestApi.submit(token, "other-key", Answers.valid(3)).then().statusCode(409);
        assertThat(database.storedState()).isEqualTo(afterFirst);
    }
}
