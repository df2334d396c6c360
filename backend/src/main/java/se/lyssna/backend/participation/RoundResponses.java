package se.lyssna.backend.participation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import se.lyssna.definitions.BackgroundVariable;

/**
 * What other features may read of a round's participation: the mixed responses (never a code, token or time), the
 * screened-apart free texts, and counts of codes. Results reads participation's data only through this.
 */
public interface RoundResponses {

    /** One stored response: its unit, the questionnaire version it answered, its coarse background, its answers. */
    record Response(String unitCode, UUID questionnaireVersionId, Map<BackgroundVariable, String> background,
                    Map<String, List<String>> answers) {
    }

    record FreeText(String unitCode, String itemId, String text) {
    }

    /** How many responses were mixed in on one day (the only date a response has). */
    record Day(LocalDate day, long responses) {
    }

    /** Every response of the round, once each, in no meaningful order. */
    void forEach(UUID roundId, Consumer<Response> sink);

    List<FreeText> freeTexts(UUID roundId);

    /** Codes issued per unit code, voided ones included (what was sent with them stays counted). */
    Map<String, Integer> codesIssuedByUnit(UUID roundId);

    /** Codes used in the given units. */
    long codesUsed(UUID roundId, Collection<UUID> unitIds);

    List<Day> perDay(UUID roundId);
}
