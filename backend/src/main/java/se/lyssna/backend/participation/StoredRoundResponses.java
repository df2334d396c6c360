package se.lyssna.backend.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.Session;
import se.lyssna.definitions.BackgroundVariable;

/** {@link RoundResponses} from the tables the mixer writes. */
@ApplicationScoped
class StoredRoundResponses implements RoundResponses {
    /** Rows fetched at a time while a round's responses are read for counting. */
    private static final int FETCH = 10_000;
    private final EntityManager entityManager;

    StoredRoundResponses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The column of table {@code response} holding a variable's coarse answer: its key in snake case. */
    static String column(BackgroundVariable variable) {
        return variable.key().replace('-', '_');
    }

    static List<String> columns() {
        return Arrays.stream(BackgroundVariable.values()).map(StoredRoundResponses::column).toList();
    }

    /**
     * Streams the round's responses with their answers: both read in response order through cursors and merged, so
     * a national round (200,000 responses, 5.7 million answers) is never held at once. Read whole, its answers were
     * 1.3 GB of driver rows alive beside the close's reader model, and the collector took most of the close.
     */
    @Override
    public void forEach(UUID roundId, Consumer<Response> sink) {
        BackgroundVariable[] variables = BackgroundVariable.values();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement responses = connection.prepareStatement("select r.id, u.code,"
                    + " r.questionnaire_version_id, r." + String.join(", r.", columns()) + " from response r"
                    + " join unit u on u.id = r.unit_id where r.round_id = ? order by r.id");
                 PreparedStatement answers = connection.prepareStatement("select a.response_id, a.item_id, a.value"
                         + " from answer a join response r on r.id = a.response_id where r.round_id = ?"
                         + " order by a.response_id")) {
                responses.setObject(1, roundId);
                responses.setFetchSize(FETCH);
                answers.setObject(1, roundId);
                answers.setFetchSize(FETCH);
                try (ResultSet response = responses.executeQuery(); ResultSet answer = answers.executeQuery()) {
                    boolean more = answer.next();
                    while (response.next()) {
                        UUID id = response.getObject(1, UUID.class);
                        Map<String, List<String>> given = new HashMap<>();
                        while (more && id.equals(answer.getObject(1, UUID.class))) {
                            given.computeIfAbsent(answer.getString(2), k -> new ArrayList<>()).add(answer.getString(3));
                            more = answer.next();
                        }
                        Map<BackgroundVariable, String> background = new EnumMap<>(BackgroundVariable.class);
                        for (int i = 0; i < variables.length; i++) {
                            String value = response.getString(4 + i);
                            if (value != null) {
                                background.put(variables[i], value);
                            }
                        }
                        sink.accept(new Response(response.getString(2), response.getObject(3, UUID.class),
                                background, given));
                    }
                }
            }
        });
    }

    @Override
    public List<FreeText> freeTexts(UUID roundId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select u.code, f.item_id, f.text from free_text_answer f"
                + " join unit u on u.id = f.unit_id where f.round_id = ?1").setParameter(1, roundId).getResultList();
        return rows.stream().map(r -> new FreeText((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    @Override
    public Map<String, Integer> codesIssuedByUnit(UUID roundId) {
        Map<String, Integer> issued = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select u.code, count(*) from participation_code c"
                + " join unit u on u.id = c.unit_id where c.round_id = ?1 group by u.code")
                .setParameter(1, roundId).getResultList();
        rows.forEach(r -> issued.put((String) r[0], ((Number) r[1]).intValue()));
        return issued;
    }

    @Override
    public long codesUsed(UUID roundId, Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return ((Number) entityManager.createNativeQuery("select count(*) from participation_code"
                        + " where round_id = ?1 and used and unit_id in (?2)").setParameter(1, roundId)
                .setParameter(2, unitIds).getSingleResult()).longValue();
    }

    @Override
    public List<Day> perDay(UUID roundId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select received_on, count(*) from response"
                + " where round_id = ?1 group by received_on order by received_on").setParameter(1, roundId)
                .getResultList();
        return rows.stream().map(r -> new Day(r[0] instanceof java.sql.Date date ? date.toLocalDate()
                : (LocalDate) r[0], ((Number) r[1]).longValue())).toList();
    }
}
