package se.lyssna.backend.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
import se.lyssna.definitions.BackgroundVariable;

/** {@link RoundResponses} from the tables the mixer writes. */
@ApplicationScoped
class StoredRoundResponses implements RoundResponses {
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

    @Override
    public void forEach(UUID roundId, Consumer<Response> sink) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select r.id, u.code, r.questionnaire_version_id, r."
                + String.join(", r.", columns()) + " from response r join unit u on u.id = r.unit_id"
                + " where r.round_id = ?1").setParameter(1, roundId).getResultList();
        Map<Object, Map<String, List<String>>> answers = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> answerRows = entityManager.createNativeQuery("select a.response_id, a.item_id, a.value"
                + " from answer a join response r on r.id = a.response_id where r.round_id = ?1")
                .setParameter(1, roundId).getResultList();
        for (Object[] row : answerRows) {
            answers.computeIfAbsent(row[0], k -> new HashMap<>())
                    .computeIfAbsent((String) row[1], k -> new ArrayList<>()).add((String) row[2]);
        }
        BackgroundVariable[] variables = BackgroundVariable.values();
        for (Object[] row : rows) {
            Map<BackgroundVariable, String> background = new EnumMap<>(BackgroundVariable.class);
            for (int i = 0; i < variables.length; i++) {
                if (row[3 + i] != null) {
                    background.put(variables[i], (String) row[3 + i]);
                }
            }
            sink.accept(new Response((String) row[1], (UUID) row[2], background,
                    answers.getOrDefault(row[0], Map.of())));
        }
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
