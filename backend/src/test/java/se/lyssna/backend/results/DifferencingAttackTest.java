package se.lyssna.backend.results;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.lyssna.backend.support.ResultFixtures.value;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Database;
import se.lyssna.backend.support.ResultFixtures;
import se.lyssna.backend.support.TestApi;

/**
 * Attacks a published round through the API the way a curious reader would, and fails if any hidden figure can be
 * worked out. Threshold 5. Municipality 0180 in this round: home A (12 children), B (8), C (2, must stay hidden).
 */
@QuarkusTest
class DifferencingAttackTest {
    private static final int T = 5;
    private static UUID round;
    private static String a;
    private static String b;
    private static String c;
    private static String lateCode;

    @Inject
    Database database;
    @Inject
    PublicationService publication;

    @BeforeEach
    void publishOnce() {
        if (round != null) {
            return;
        }
        a = TestApi.newCareUnit("hvb");
        b = TestApi.newCareUnit("familjehem");
        c = TestApi.newCareUnit("hvb");
        round = TestApi.openRound(a, b, c);
        List<Map<String, Object>> childrenOfA = new ArrayList<>(ResultFixtures.children(11, "girl", "boy", "girl"));
        childrenOfA.add(ResultFixtures.answers(11, "other", "16-17",
                "Personalen är snäll, särskilt Ahmed. Ring mig på 070-123 45 67."));
        ResultFixtures.submitAll(round, a, childrenOfA);
        ResultFixtures.submitAll(round, b, ResultFixtures.children(8, "girl", "boy"));
        List<Map<String, Object>> childrenOfC = new ArrayList<>();
        childrenOfC.add(ResultFixtures.answers(0, "boy", "13-15", "Jag heter Kim och vill flytta."));
        childrenOfC.add(ResultFixtures.answers(0, "boy", "13-15", null));
        ResultFixtures.submitAll(round, c, childrenOfC);
        lateCode = TestApi.codes(round, a, 1).get(0);
        TestApi.closeRound(round);
    }

    private static Map<String, Object> get(String unit, String groupBy) {
        return ResultFixtures.results(TestApi.adminToken(), round, unit, groupBy).then().statusCode(200).extract()
                .jsonPath().getMap("");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groups(Map<String, Object> results) {
        return (List<Map<String, Object>>) results.get("groups");
    }

    @SuppressWarnings("unchecked")
    private static Integer respondents(Map<String, Object> results) {
        return value((Map<String, Object>) results.get("respondents"));
    }

    @SuppressWarnings("unchecked")
    private static Integer respondentsOf(Map<String, Object> group) {
        return value((Map<String, Object>) group.get("respondents"));
    }

    /** An item's counts per option as published, or null when suppressed. */
    @SuppressWarnings("unchecked")
    private static Map<String, Integer> counts(Map<String, Object> group, String itemId) {
        for (Map<String, Object> item : (List<Map<String, Object>>) group.get("items")) {
            if (item.get("itemId").equals(itemId)) {
                if (Boolean.TRUE.equals(item.get("suppressed"))) {
                    assertThat(item.get("reason")).isNotNull();
                    assertThat(item.get("options")).isNull();
                    return null;
                }
                Map<String, Integer> counts = new HashMap<>();
                for (Map<String, Object> option : (List<Map<String, Object>>) item.get("options")) {
                    counts.put((String) option.get("value"), (Integer) option.get("count"));
                }
                return counts;
            }
        }
        throw new AssertionError("no item " + itemId);
    }

    /**
     * The attack on one additive relation: subtract every visible part from the visible total. If exactly one part
     * is hidden, its value is recovered; if the hidden parts add up to fewer than the threshold, they are about too
     * few children. Either fails the test.
     */
    private static void assertResidualSafe(String what, Integer total, List<Integer> parts) {
        if (total == null) {
            assertThat(parts).as(what + ": a hidden total must not be the sum of visible parts")
                    .contains((Integer) null);
            return;
        }
        long hidden = parts.stream().filter(p -> p == null).count();
        int residual = total - parts.stream().filter(p -> p != null).mapToInt(Integer::intValue).sum();
        if (residual == 0) {
            return;
        }
        assertThat(hidden).as(what + ": one hidden part equals total minus the visible parts (" + residual + ")")
                .isNotEqualTo(1);
        assertThat(residual).as(what + ": hidden parts together are about too few").isGreaterThanOrEqualTo(T);
    }

    private static void assertDistributionResidualSafe(String what, Map<String, Integer> total,
                                                       List<Map<String, Integer>> parts) {
        if (total == null) {
            assertThat(parts).as(what).contains((Map<String, Integer>) null);
            return;
        }
        Map<String, Integer> residual = new HashMap<>(total);
        long hidden = 0;
        for (Map<String, Integer> part : parts) {
            if (part == null) {
                hidden++;
            } else {
                part.forEach((option, count) -> residual.merge(option, -count, Integer::sum));
            }
        }
        int size = residual.values().stream().mapToInt(Integer::intValue).sum();
        if (size == 0) {
            return;
        }
        assertThat(hidden).as(what + ": the one hidden distribution is recovered as " + residual).isNotEqualTo(1);
        assertThat(size).as(what + ": hidden distributions together " + residual).isGreaterThanOrEqualTo(T);
        int max = residual.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertThat(size - max).as(what + ": hidden children all answered alike " + residual)
                .isGreaterThanOrEqualTo(T);
    }

    @Test
    void unitWithFewerThanThreshold_showsNothing() {
        Map<String, Object> results = get(c, null);
        assertThat(respondents(results)).isNull();
        Map<String, Object> all = groups(results).get(0);
        for (String item : ResultFixtures.ITEMS) {
            assertThat(counts(all, item)).isNull();
        }
        assertThat((List<?>) results.get("freeTexts")).isEmpty();
        assertThat(given().get("/api/v1/feedback/rounds/" + round + "/units/" + c).then().statusCode(200)
                .extract().jsonPath().getString("respondents.reason")).isEqualTo("protected");
        assertThat(database.strings("select text from published_free_text where round_id = '" + round + "'"))
                .noneMatch(t -> t.contains("Kim") || t.contains("flytta"));
    }

    @Test
    void municipalityMinusVisibleHomes_revealsNoHome() {
        Map<String, Object> municipality = get("0180", null);
        List<Map<String, Object>> homes = List.of(get(a, null), get(b, null), get(c, null));
        assertResidualSafe("0180 minus its homes", respondents(municipality),
                homes.stream().map(DifferencingAttackTest::respondents).toList());
        for (String item : ResultFixtures.ITEMS) {
            assertDistributionResidualSafe("0180 minus homes, " + item, counts(groups(municipality).get(0), item),
                    homes.stream().map(h -> counts(groups(h).get(0), item)).toList());
        }
        // Without complementary suppression 0180 minus A minus B would be C's two children; the reason names no rule.
        assertThat(((Map<?, ?>) homes.get(1).get("respondents")).get("reason")).isEqualTo("protected");
        // The nation of this round is the municipality: the same attack one level up.
        assertResidualSafe("nation minus 0180", respondents(get(null, null)), List.of(respondents(municipality)));
    }

    @Test
    void unitTotalMinusVisibleBreakdown_revealsNoGroup() {
        for (String unit : List.of(a, b, c, "0180")) {
            Map<String, Object> whole = get(unit, null);
            for (String variable : Scopes.VARIABLES) {
                List<Map<String, Object>> groups = groups(get(unit, variable));
                assertResidualSafe(unit + " by " + variable, respondents(whole),
                        groups.stream().map(DifferencingAttackTest::respondentsOf).toList());
                for (String item : ResultFixtures.ITEMS) {
                    assertDistributionResidualSafe(unit + " by " + variable + ", " + item,
                            counts(groups(whole).get(0), item), groups.stream().map(g -> counts(g, item)).toList());
                }
            }
        }
    }

    @Test
    void twoBreakdownsOfOneGroup_andTheHierarchy_revealNoGroup() {
        // Gender groups of the municipality minus the same groups of its visible homes.
        for (String variable : List.of("gender", "age-band")) {
            List<Map<String, Object>> municipality = groups(get("0180", variable));
            List<List<Map<String, Object>>> homes = List.of(groups(get(a, variable)), groups(get(b, variable)),
                    groups(get(c, variable)));
            for (int g = 0; g < municipality.size(); g++) {
                int index = g;
                assertResidualSafe("0180 " + municipality.get(g).get("group") + " minus homes",
                        respondentsOf(municipality.get(g)),
                        homes.stream().map(h -> respondentsOf(h.get(index))).toList());
            }
        }
        // Two breakdowns of one home: what is hidden by gender and by age cannot be combined into one child.
        Map<String, Object> home = get(a, null);
        if (respondents(home) == null) {
            // The audit hid home A as a whole (next to C's two children): nothing to combine.
            return;
        }
        int total = respondents(home);
        int hiddenByGender = total - groups(get(a, "gender")).stream().map(DifferencingAttackTest::respondentsOf)
                .filter(v -> v != null).mapToInt(Integer::intValue).sum();
        int hiddenByAge = total - groups(get(a, "age-band")).stream().map(DifferencingAttackTest::respondentsOf)
                .filter(v -> v != null).mapToInt(Integer::intValue).sum();
        assertThat(hiddenByGender).isIn(0, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(hiddenByAge).isIn(0, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void lateResponse_afterPublication_changesNothing() {
        String before = ResultFixtures.results(TestApi.adminToken(), round, a, null).asString();
        String municipalityBefore = ResultFixtures.results(TestApi.adminToken(), round, "0180", "gender").asString();
        // The way in is closed ...
        TestApi.redeem(lateCode).then().statusCode(410);
        // ... and even a row that reached the response table late (say, restored from a backup) is not counted.
        database.strings("insert into response (id, round_id, unit_id, questionnaire_version_id, received_on,"
                + " gender) select gen_random_uuid(), r.id, u.id, r.questionnaire_version_id, current_date, 'boy'"
                + " from round r, unit u where r.id = '" + round + "' and u.code = '" + a + "' returning id");
        publication.publish(round);
        assertThat(ResultFixtures.results(TestApi.adminToken(), round, a, null).asString()).isEqualTo(before);
        assertThat(ResultFixtures.results(TestApi.adminToken(), round, "0180", "gender").asString())
                .isEqualTo(municipalityBefore);
    }

    @Test
    void freeText_isScreenedAndOnlyForLargeEnoughUnits() {
        @SuppressWarnings("unchecked")
        Map<String, Object> home = get(a, null);
        List<Map<String, Object>> texts = (List<Map<String, Object>>) home.get("freeTexts");
        if (respondents(home) == null) {
            // Free text only where the respondents are shown; the audit may hide home A as a whole.
            assertThat(texts).isEmpty();
            return;
        }
        assertThat(texts).hasSize(1);
        assertThat((String) texts.get(0).get("text")).contains("[namn]", "[telefonnummer]")
                .doesNotContain("Ahmed", "070");
    }
}
