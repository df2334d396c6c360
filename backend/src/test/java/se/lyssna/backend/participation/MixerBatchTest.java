package se.lyssna.backend.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Answers;
import se.lyssna.backend.support.Database;
import se.lyssna.backend.support.TestApi;

/**
 * The mixer writes answers in JDBC batches of a fixed size: every value of every waiting submission must arrive,
 * including the ones in a last, partly filled batch, each under its own response.
 */
@QuarkusTest
class MixerBatchTest {
    @Inject
    Database database;
    @Inject
    ResponseMixer mixer;

    @Test
    void mixing_moreAnswersThanOneBatch_storesEveryValueOfEverySubmission() {
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        // Each valid submission puts 7 values in the answer table (the background goes to response); 150 of them
        // make 1,050, more than one batch of 1,000.
        int children = 150;
        List<String> codes = TestApi.codes(round, unit, children);
        List<String> lifeNow = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            String value = Integer.toString(i % 11);
            lifeNow.add(value);
            TestApi.submit(TestApi.submissionToken(codes.get(i)), UUID.randomUUID().toString(),
                    withLifeNow(Answers.valid(i), value)).then().statusCode(201);
        }
        long waitingValues = database.count("select count(*) from response_inbox i,"
                + " jsonb_each(i.payload -> 'answers') a, jsonb_array_elements_text(a.value) v"
                + " where i.round_id = '" + round + "'");
        assertThat(waitingValues).isGreaterThan(1000);

        mixer.flushInbox();

        assertThat(database.count("select count(*) from answer a join response r on r.id = a.response_id"
                + " where r.round_id = '" + round + "'")).isEqualTo(waitingValues);
        // Every response has its own full answer set (none lost in the last batch, none under another response).
        assertThat(database.count("select count(*) from (select a.response_id from answer a join response r"
                + " on r.id = a.response_id where r.round_id = '" + round + "' group by a.response_id"
                + " having count(*) = " + waitingValues / children + ") full_sets")).isEqualTo(children);
        assertThat(database.strings("select a.value from answer a join response r on r.id = a.response_id"
                + " where r.round_id = '" + round + "' and a.item_id = 'hal-life-now'"))
                .containsExactlyInAnyOrderElementsOf(lifeNow);
    }

    @Test
    void mixing_moreSubmissionsThanOneStatementTakesParameters_movesEveryOne() {
        // A busy inbox after one 30 s turn at ~1,100 children/s: deleting the moved rows as one list of IDs, expanded
        // to a parameter each and padded to 65,536, went past the driver's 65,535 parameters per statement.
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        int waiting = 33_000;
        database.execute("insert into response_inbox (id, round_id, unit_id, questionnaire_version_id, payload)"
                + " select gen_random_uuid(), r.id, ru.unit_id, r.questionnaire_version_id,"
                + " '{\"background\":{},\"answers\":{\"hal-life-now\":[\"7\"]},\"freeTexts\":{}}'"
                + " from round r join round_unit ru on ru.round_id = r.id, generate_series(1, " + waiting + ")"
                + " where r.id = '" + round + "'");

        mixer.flushInbox();

        assertThat(database.count("select count(*) from response_inbox where round_id = '" + round + "'")).isZero();
        assertThat(database.count("select count(*) from response where round_id = '" + round + "'"))
                .isEqualTo(waiting);
        assertThat(database.count("select count(*) from answer a join response r on r.id = a.response_id"
                + " where r.round_id = '" + round + "'")).isEqualTo(waiting);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withLifeNow(Map<String, Object> body, String value) {
        Map<String, List<String>> answers = new java.util.HashMap<>((Map<String, List<String>>) body.get("answers"));
        answers.put("hal-life-now", List.of(value));
        return Map.of("locale", body.get("locale"), "answers", answers);
    }
}
