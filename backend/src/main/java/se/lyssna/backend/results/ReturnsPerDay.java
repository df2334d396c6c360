package se.lyssna.backend.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import se.lyssna.backend.results.ResultsViews.Figure;

/**
 * How many answers arrived per day in a whole round, for following it while it is open. The date is the day the
 * answers were mixed into the results (no exact time exists), and each day obeys the rules of an open round's
 * figures: rounded to {@link ResultsService#OPEN_ROUNDING}, hidden under the threshold. Nation-wide only.
 */
@ApplicationScoped
public class ReturnsPerDay {
    private final EntityManager entityManager;

    ReturnsPerDay(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Day(LocalDate day, Figure answers) {
    }

    public List<Day> of(java.util.UUID roundId, int threshold) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select received_on, count(*) from response"
                + " where round_id = ?1 group by received_on order by received_on").setParameter(1, roundId)
                .getResultList();
        return rows.stream().map(r -> new Day(toDate(r[0]), protect(((Number) r[1]).longValue(), threshold)))
                .toList();
    }

    private static Figure protect(long count, int threshold) {
        if (count < threshold) {
            return Figure.hidden();
        }
        return Figure.roundedTo((int) (Math.round(count / (double) ResultsService.OPEN_ROUNDING)
                * ResultsService.OPEN_ROUNDING));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
