package se.lyssna.backend.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Answers;
import se.lyssna.backend.support.Database;
import se.lyssna.backend.support.TestApi;

/**
 * Tries, with full database access, to tie stored responses to the codes that were used, and fails the build if any
 * attempt does better than chance.
 */
@QuarkusTest
class UnlinkabilityTest {
    private static final List<String> RESPONSE_TABLES = List.of("response", "answer", "free_text_answer");

    @Inject
    Database database;
    @Inject
    ResponseMixer mixer;

    @Test
    void codeAndResponseTables_shareNoColumnButRoundAndUnit() {
        Set<String> codeColumns = columns("participation_code");
        for (String table : RESPONSE_TABLES) {
            Set<String> shared = new HashSet<>(columns(table));
            shared.retainAll(codeColumns);
            // Each table's own random primary key is named id; the values never meet (checked below).
            shared.removeAll(Set.of("round_id", "unit_id", "id"));
            assertThat(shared).as("columns shared by participation_code and " + table).isEmpty();
        }
        assertThat(database.count("select count(*) from participation_code c join response r on r.id = c.id"))
                .isZero();
        assertThat(database.count("select count(*) from information_schema.columns where table_schema = 'public'"
                + " and table_name in ('response', 'answer', 'free_text_answer') and data_type like 'timestamp%'"))
                .as("no exact time on the response side").isZero();
        assertThat(database.count("select count(*) from information_schema.columns where table_schema = 'public'"
                + " and table_name = 'participation_code' and (data_type = 'date' or data_type like 'timestamp%')"))
                .as("no time at all on the code side").isZero();
    }

    @Test
    void afterMixing_neitherRowOrderNorTransactionIdsLinkCodesToResponses() {
        mixer.flushInbox();
        String unit = TestApi.newCareUnit("hvb");
        UUID round = TestApi.openRound(unit);
        List<String> codes = TestApi.codes(round, unit, 20);
        List<Integer> submittedOrder = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            // Each child's number of social workers (0..19) marks its response, so the test knows the truth.
            TestApi.submit(TestApi.submissionToken(codes.get(i)), "k" + i, Answers.valid(i)).then().statusCode(201);
            submittedOrder.add(i);
        }
        // The physical order of used codes reflects the order of use until the mixer rewrites them.
        assertThat(mixer.mix(5)).isEqualTo(20);

        String inRound = " where round_id = '" + round + "'";
        List<Integer> responseOrder = database.strings("select a.value from response r join answer a on"
                + " a.response_id = r.id and a.item_id = 'del-sw-met-count'" + inRound.replace("round_id", "r.round_id")
                + " order by r.ctid").stream().map(Integer::parseInt).toList();
        assertThat(responseOrder).containsExactlyInAnyOrderElementsOf(submittedOrder);
        assertThat(fixedPoints(responseOrder, submittedOrder)).as("responses in submission order").isLessThan(6);

        assertThat(new HashSet<>(database.strings("select xmin::text from response" + inRound)))
                .as("all responses of a batch share one transaction ID").hasSize(1);
        assertThat(new HashSet<>(database.strings("select xmin::text from participation_code" + inRound
                + " and used"))).as("all used codes were rewritten together").hasSize(1);
        assertThat(database.count("select count(*) from response_inbox")).isZero();
    }

    @Test
    void submissionsWaitInTheInboxUntilABatchIsFull() {
        mixer.flushInbox();
        String unit = TestApi.newCareUnit("familjehem");
        UUID round = TestApi.openRound(unit);
        List<String> codes = TestApi.codes(round, unit, 2);
        for (String code : codes) {
            TestApi.submit(TestApi.submissionToken(code), null, Answers.valid(1)).then().statusCode(201);
        }
        assertThat(mixer.mix(5)).isZero();
        assertThat(database.count("select count(*) from response where round_id = '" + round + "'")).isZero();
    }

    private static int fixedPoints(List<Integer> a, List<Integer> b) {
        int same = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).equals(b.get(i))) {
                same++;
            }
        }
        return same;
    }

    private Set<String> columns(String table) {
        return new HashSet<>(database.strings("select column_name from information_schema.columns"
                + " where table_schema = 'public' and table_name = '" + table + "'"));
    }
}
