package se.lyssna.backend.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import se.lyssna.backend.closing.RoundClosing;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews;
import se.lyssna.backend.units.UnitService;
import se.lyssna.backend.units.UnitViews;
import se.lyssna.definitions.FreeTextItem;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.Questionnaire;

/**
 * Synthetic results for the demo: care units in five municipalities (a few too small to be shown), and two closed
 * rounds, "Demo 2025" on national-13-17 2025.1 and "Demo 2026" on 2026.1, so trends, breaks, suppression and the
 * reports have something to show. Responses are written straight into the response tables for volume (the way the
 * mixer writes them); codes are issued as hashes of random bytes that nobody holds; then each round is closed
 * through the closing workflow, which publishes it with disclosure control exactly as in production.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test", "demo"})
public class DemoResults {
    private static final Logger LOG = Logger.getLogger(DemoResults.class);
    public static final String KEY = "national-13-17";

    /** code suffix, name, kind, municipality, respondents in 2025, in 2026, how well the unit works (0..1). */
    private static final Object[][] UNITS = {
            {"0180-hvb-demo-solrosen", "HVB Solrosen", "hvb", "0180", 14, 16, 0.72},
            {"0180-hvb-demo-tallen", "HVB Tallen", "hvb", "0180", 9, 11, 0.48},
            {"0180-fh-demo-norr", "Familjehem Stockholm norr", "familjehem", "0180", 38, 42, 0.78},
            {"0180-fh-demo-soder", "Familjehem Stockholm söder", "familjehem", "0180", 31, 35, 0.70},
            {"0180-sb-demo-kajen", "Stödboendet Kajen", "stodboende", "0180", 3, 4, 0.60},
            {"1480-hvb-demo-hamnen", "HVB Hamnen", "hvb", "1480", 12, 13, 0.55},
            {"1480-fh-demo-vast", "Familjehem Göteborg", "familjehem", "1480", 44, 47, 0.75},
            {"1480-sis-demo-ryd", "SiS ungdomshem Ryd", "sis", "1480", 17, 19, 0.40},
            {"1280-fh-demo-syd", "Familjehem Malmö", "familjehem", "1280", 36, 39, 0.73},
            {"1280-hvb-demo-lind", "HVB Linden", "hvb", "1280", 4, 7, 0.58},
            {"1280-sb-demo-torget", "Stödboende Torget", "stodboende", "1280", 11, 12, 0.66},
            {"0380-fh-demo-uppsala", "Familjehem Uppsala", "familjehem", "0380", 25, 27, 0.77},
            {"0380-hvb-demo-eken", "HVB Eken", "hvb", "0380", 2, 3, 0.50},
            {"2580-fh-demo-lulea", "Familjehem Luleå", "familjehem", "2580", 13, 14, 0.74},
            {"2580-hvb-demo-alven", "HVB Älven", "hvb", "2580", 6, 5, 0.52},
    };
    private static final String[] TEXTS = {
            "Jag vill att min socialsekreterare ringer oftare.",
            "Det är bra här men maten kunde vara bättre.",
            "Personalen lyssnar på mig. Särskilt Ahmed är snäll.",
            "Jag vill träffa min lillebror mer. Ring mig på 070-123 45 67 om ni undrar.",
            "Skolan är svår och ingen hjälper mig med läxorna.",
            "Jag känner mig trygg i mitt familjehem.",
            "Mer fritidsaktiviteter tack, typ fotboll.",
            "Min kontaktperson Lena bryr sig inte. Maila mig: ung.person@example.com",
    };

    private final UnitService units;
    private final RoundService rounds;
    private final RoundClosing closing;
    private final QuestionnaireRegistry questionnaires;
    private final EntityManager entityManager;

    DemoResults(UnitService units, RoundService rounds, RoundClosing closing, QuestionnaireRegistry questionnaires,
                EntityManager entityManager) {
        this.units = units;
        this.rounds = rounds;
        this.closing = closing;
        this.questionnaires = questionnaires;
        this.entityManager = entityManager;
    }

    /** Seeds the demo units and both rounds, once; returns the round IDs (oldest first). */
    @Transactional
    public List<UUID> seed() {
        List<UUID> ids = new ArrayList<>();
        for (Object[] unit : UNITS) {
            if (units.findFacts((String) unit[0]).isEmpty()) {
                units.createCareUnit(new UnitViews.NewCareUnit((String) unit[0], (String) unit[1], (String) unit[2],
                        (String) unit[3]));
            }
        }
        ids.add(round("Demo 2025", "2025.1", LocalDate.of(2025, 3, 1), 4, 2025L));
        ids.add(round("Demo 2026", "2026.1", LocalDate.of(2026, 3, 1), 5, 2026L));
        return ids;
    }

    private UUID round(String name, String version, LocalDate opens, int column, long seed) {
        List<RoundViews.RoundView> existing = rounds.list().stream().filter(r -> r.name().equals(name)).toList();
        if (!existing.isEmpty()) {
            return existing.get(0).id();
        }
        List<String> codes = new ArrayList<>();
        for (Object[] unit : UNITS) {
            codes.add((String) unit[0]);
        }
        RoundViews.RoundView round = rounds.open(new RoundViews.NewRound(name,
                new RoundViews.QuestionnaireRef(KEY, version), codes, opens, opens.plusMonths(2), null));
        Questionnaire questionnaire = questionnaires.require(KEY, version);
        entityManager.flush();
        Random random = new Random(seed);
        for (Object[] unit : UNITS) {
            UUID unitId = units.facts((String) unit[0]).id();
            int respondents = (Integer) unit[column];
            double quality = (Double) unit[6] + (seed == 2026L ? 0.03 : 0.0);
            insertCodes(round.id(), unitId, respondents, (int) Math.round(respondents / (0.35 + 0.3
                    * random.nextDouble())));
            insertResponses(round.id(), questionnaires.idOf(questionnaire), unitId, (String) unit[2], questionnaire,
                    respondents, quality, random, opens.plusDays(20));
        }
        entityManager.flush();
        closing.close(round.id());
        LOG.infof("Seeded demo round %s", name);
        return round.id();
    }

    private void insertCodes(UUID roundId, UUID unitId, int used, int issued) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into participation_code (id,"
                    + " round_id, unit_id, code_hash, used) values (?, ?, ?, ?, ?)")) {
                java.security.SecureRandom random = new java.security.SecureRandom();
                for (int i = 0; i < Math.max(issued, used); i++) {
                    byte[] hash = new byte[32];
                    random.nextBytes(hash);
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, roundId);
                    insert.setObject(3, unitId);
                    insert.setBytes(4, hash);
                    insert.setBoolean(5, i < used);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private void insertResponses(UUID roundId, UUID versionId, UUID unitId, String kind, Questionnaire questionnaire,
                                 int count, double quality, Random random, LocalDate received) {
        SyntheticAnswers synthetic = new SyntheticAnswers(random);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement response = connection.prepareStatement("insert into response (id, round_id,"
                    + " unit_id, questionnaire_version_id, received_on, age_band, gender, placement_form,"
                    + " placement_time, born_in_sweden, answered_alone) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement answer = connection.prepareStatement("insert into answer (response_id, item_id,"
                         + " value) values (?, ?, ?)");
                 PreparedStatement text = connection.prepareStatement("insert into free_text_answer (id, round_id,"
                         + " unit_id, item_id, text) values (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    UUID id = UUID.randomUUID();
                    double child = quality + random.nextGaussian() * 0.15;
                    response.setObject(1, id);
                    response.setObject(2, roundId);
                    response.setObject(3, unitId);
                    response.setObject(4, versionId);
                    response.setObject(5, received);
                    response.setString(6, random.nextDouble() < 0.55 ? "13-15" : "16-17");
                    response.setString(7, pick(random, new String[]{"girl", "boy", "other", null},
                            new double[]{0.46, 0.46, 0.04, 0.04}));
                    response.setString(8, random.nextDouble() < 0.9 ? kind : "eftervard");
                    response.setString(9, pick(random, new String[]{"under-6-months", "6-24-months", "over-2-years"},
                            new double[]{0.25, 0.4, 0.35}));
                    response.setString(10, pick(random, new String[]{"yes", "no", "dont-know", null},
                            new double[]{0.55, 0.38, 0.04, 0.03}));
                    response.setString(11, random.nextDouble() < 0.8 ? "alone" : "adult-helped");
                    response.addBatch();
                    java.util.Map<String, List<String>> soFar = new java.util.HashMap<>();
                    for (Item item : questionnaire.items()) {
                        List<String> values = synthetic.answerTo(item, questionnaire, child, soFar);
                        soFar.put(item.id(), values);
                        for (String value : values) {
                            answer.setObject(1, id);
                            answer.setString(2, item.id());
                            answer.setString(3, value);
                            answer.addBatch();
                        }
                        if (item instanceof FreeTextItem && random.nextDouble() < 0.25) {
                            text.setObject(1, UUID.randomUUID());
                            text.setObject(2, roundId);
                            text.setObject(3, unitId);
                            text.setString(4, item.id());
                            text.setString(5, TEXTS[random.nextInt(TEXTS.length)]);
                            text.addBatch();
                        }
                    }
                }
                response.executeBatch();
                answer.executeBatch();
                text.executeBatch();
            }
        });
    }

    private static String pick(Random random, String[] values, double[] weights) {
        double roll = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
