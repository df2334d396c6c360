package se.lyssna.app.facilitator;

import java.util.List;

/**
 * One area's bars: for the unit, its municipality and the nation, this round and the round before.
 *
 * @param comparisonBreak the questions of this area changed since the round before (compare with care)
 */
public record AreaChart(String area, List<Bar> bars, boolean comparisonBreak) {

    /** Whose figure a bar shows. */
    public enum Series { UNIT, MUNICIPALITY, NATION }

    /** One bar: whose, which round, and its figure. */
    public record Bar(Series series, String scopeName, String roundName, boolean current, Figure figure) {
    }
}
