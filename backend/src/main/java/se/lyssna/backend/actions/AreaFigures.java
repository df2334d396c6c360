package se.lyssna.backend.actions;

import java.util.List;
import java.util.UUID;
import se.lyssna.definitions.Area;

/**
 * The unit's protected results for one area, as short child-friendly lines for the meeting material ("7 av 10
 * känner sig trygga hemma"). The results package provides the real implementation, with its disclosure control;
 * this package never computes figures itself.
 */
public interface AreaFigures {
    /** Lines to print in the "Resultat" box; empty when results are not published or are suppressed. */
    List<String> linesFor(UUID roundId, String unitCode, Area area);
}
