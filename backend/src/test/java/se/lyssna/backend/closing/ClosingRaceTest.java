package se.lyssna.backend.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.participation.ParticipationViews;
import se.lyssna.backend.participation.SubmissionService;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.support.Answers;
import se.lyssna.backend.support.Database;
import se.lyssna.backend.support.TestApi;

/**
 * A submission and a close at the same moment: whatever the order, the child's answer is either counted in the
 * published results or refused with 410, never confirmed and then left out.
 */
@QuarkusTest
class ClosingRaceTest {
    @Inject
    SubmissionService submissions;
    @Inject
    RoundService rounds;
    @Inject
    RoundClosing closing;
    @Inject
    Database database;

    @Test
    void aCloseDuringASubmission_waitsForIt_andCountsTheAnswer() throws Exception {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        TestApi.codes(round, unit, 1);
        UUID code = UUID.fromString(database.strings("select id from participation_code where round_id = '"
                + round + "'").get(0));
        @SuppressWarnings("unchecked")
        Map<String, List<String>> answers = (Map<String, List<String>>) Answers.valid(1).get("answers");
        CountDownLatch submitted = new CountDownLatch(1);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        // The submission's transaction stays open a while after the answers are in the inbox, as a slow commit would.
        Thread child = new Thread(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    submissions.submit(code, null, new ParticipationViews.Submission("sv", answers));
                    submitted.countDown();
                    sleep(1500);
                });
            } catch (Throwable e) {
                failed.set(e);
                submitted.countDown();
            }
        });
        child.start();
        submitted.await();
        closing.close(round);
        child.join();

        assertThat(failed.get()).isNull();
        assertThat(database.count("select count(*) from response_inbox where round_id = '" + round + "'"))
                .as("nothing left behind in the inbox").isZero();
        assertThat(database.count("select count(*) from response where round_id = '" + round + "'")).isEqualTo(1);
        io.restassured.RestAssured.given().auth().oauth2(TestApi.adminToken())
                .get("/api/v1/results/rounds/" + round + "/export.csv").then().statusCode(200);
    }

    @Test
    void aSubmissionDuringAClose_isRefused() throws Exception {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        String token = TestApi.submissionToken(TestApi.codes(round, unit, 1).get(0));
        CountDownLatch closing = new CountDownLatch(1);
        // A close that has taken the round and not yet committed.
        Thread survey = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            rounds.lockForClosing(round);
            closing.countDown();
            sleep(1000);
            rounds.markClosed(round);
        }));
        survey.start();
        closing.await();
        TestApi.submit(token, null, Answers.valid(2)).then().statusCode(410)
                .body("detail", org.hamcrest.Matchers.containsString("not open"));
        survey.join();
        assertThat(database.count("select count(*) from response_inbox where round_id = '" + round + "'")).isZero();
        io.restassured.RestAssured.given().auth().oauth2(TestApi.adminToken())
                .get("/api/v1/admin/rounds/" + round).then().body("state", equalTo("closed"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
