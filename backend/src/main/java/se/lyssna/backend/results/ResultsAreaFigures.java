package se.lyssna.backend.results;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.lyssna.backend.results.disclosure.Scope;
import se.lyssna.backend.actions.AreaFigures;
import se.lyssna.backend.results.ResultsViews.AreaIndex;
import se.lyssna.backend.results.disclosure.Reason;
import se.lyssna.definitions.Area;

/** The meeting material's figures: the same frozen, protected area indexes as the API, in plain Swedish. */
@ApplicationScoped
public class ResultsAreaFigures implements AreaFigures {
    private final ResultsService results;

    ResultsAreaFigures(ResultsService results) {
        this.results = results;
    }

    @Override
    public List<String> linesFor(UUID roundId, String unitCode, Area area) {
        if (!results.isPublished(roundId)) {
            return List.of();
        }
        String scope = results.scopeOf(unitCode);
        List<String> tables = results.tables(results.round(roundId));
        boolean banded = tables.size() > 1;
        AreaIndex unit = results.areas(roundId, scope).get(area.key());
        AreaIndex nation = results.areas(roundId, Scope.NATION.key()).get(area.key());
        List<String> lines = new ArrayList<>();
        if (unit == null || Boolean.TRUE.equals(unit.suppressed())) {
            lines.add(Reason.PUBLIC_TEXT);
        } else {
            lines.add(unit.positivePercent() + " av 100 svar hos oss var positiva (" + (banded ? "alla åldrar, " : "")
                    + unit.answers() + " svar).");
        }
        // A band's own figure only where it is published: for a small home never, which says nothing about it.
        for (String band : tables.subList(1, tables.size())) {
            AreaIndex own = results.areas(roundId, scope, band).get(area.key());
            if (own != null && own.positivePercent() != null) {
                lines.add(band.replace("-", "–") + " år: " + own.positivePercent() + " av 100 (" + own.answers()
                        + " svar).");
            }
        }
        if (nation != null && !Boolean.TRUE.equals(nation.suppressed())) {
            lines.add("I hela landet: " + nation.positivePercent() + " av 100.");
        }
        return lines;
    }
}
