package se.lyssna.backend.results;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import se.lyssna.backend.participation.RoundResponses;
import se.lyssna.backend.results.ResultsViews.Figure;

/**
 * How many answers arrived per day in a whole round, for following it while it is open. The date is the day the
 * answers were mixed into the results (no exact time exists), and each day obeys the rules of an open round's
 * figures: rounded to {@link ResultsService#OPEN_ROUNDING}, hidden under the threshold. Nation-wide only.
 */
@ApplicationScoped
public class ReturnsPerDay {
    private final RoundResponses responses;

    ReturnsPerDay(RoundResponses responses) {
        this.responses = responses;
    }

    public record Day(LocalDate day, Figure answers) {
    }

    public List<Day> of(java.util.UUID roundId, int threshold) {
        return responses.perDay(roundId).stream().map(d -> new Day(d.day(), protect(d.responses(), threshold)))
                .toList();
    }

    private static Figure protect(long count, int threshold) {
        if (count < threshold) {
            return Figure.hidden();
        }
        return Figure.roundedTo((int) (Math.round(count / (double) ResultsService.OPEN_ROUNDING)
                * ResultsService.OPEN_ROUNDING));
    }
}
