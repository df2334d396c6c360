package se.lyssna.app.facilitator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.lyssna.app.api.FacilitatorDtos;
import se.lyssna.app.api.ResultsDto;

/** Builds the area charts of a round from the results and trends of the unit, the municipality and the nation. */
public final class AreaCharts {
    private AreaCharts() {
    }

    /**
     * What is known of one scope: this round's results and the trend line (for the round before); both null when
     * the caller may not see the scope.
     */
    public record Column(AreaChart.Series series, String name, ResultsDto results, FacilitatorDtos.Trends trends) {
        public boolean available() {
            return results != null;
        }
    }

    /** One chart per area of the unit's results, in the questionnaire's order. */
    public static List<AreaChart> build(String roundId, ResultsDto unit, List<Column> columns) {
        List<AreaChart> charts = new ArrayList<>();
        List<ResultsDto.AreaIndex> areas = unit.whole().map(ResultsDto.Group::areas).orElse(List.of());
        for (ResultsDto.AreaIndex a : areas) {
            List<AreaChart.Bar> bars = new ArrayList<>();
            boolean broken = false;
            for (Column c : columns) {
                bars.add(new AreaChart.Bar(c.series(), c.name(), unit.roundName(), true, current(c, a.area())));
                Optional<FacilitatorDtos.TrendLine> line = line(c, a.area());
                int at = line.map(l -> indexOf(l, roundId)).orElse(-1);
                if (at > 0) {
                    FacilitatorDtos.TrendPoint before = line.get().points().get(at - 1);
                    bars.add(new AreaChart.Bar(c.series(), c.name(), before.roundName(), false, of(before)));
                    broken |= Boolean.TRUE.equals(line.get().points().get(at).breakBefore());
                }
            }
            charts.add(new AreaChart(a.area(), bars, broken));
        }
        return charts;
    }

    /** The name of the round before this one on the unit's trend line, if there is one. */
    public static Optional<String> previousRoundName(String roundId, FacilitatorDtos.Trends trends) {
        if (trends == null || trends.areas() == null) {
            return Optional.empty();
        }
        for (FacilitatorDtos.TrendLine line : trends.areas()) {
            int at = indexOf(line, roundId);
            if (at > 0) {
                return Optional.ofNullable(line.points().get(at - 1).roundName());
            }
        }
        return Optional.empty();
    }

    private static Figure current(Column c, String area) {
        if (!c.available()) {
            return new Figure.Unavailable();
        }
        return c.results().area(area).map(AreaCharts::of).orElse(new Figure.Unavailable());
    }

    static Figure of(ResultsDto.AreaIndex index) {
        return index.hidden() ? new Figure.Hidden(index.reason()) : new Figure.Shown(index.positivePercent(),
                index.answers());
    }

    static Figure of(FacilitatorDtos.TrendPoint p) {
        boolean hidden = Boolean.TRUE.equals(p.suppressed()) || p.positivePercent() == null;
        return hidden ? new Figure.Hidden(p.reason()) : new Figure.Shown(p.positivePercent(), p.answers());
    }

    private static Optional<FacilitatorDtos.TrendLine> line(Column c, String area) {
        if (c.trends() == null || c.trends().areas() == null) {
            return Optional.empty();
        }
        return c.trends().areas().stream().filter(l -> area.equals(l.area()) || area.equals(l.id())).findFirst();
    }

    private static int indexOf(FacilitatorDtos.TrendLine line, String roundId) {
        List<FacilitatorDtos.TrendPoint> points = line.points() == null ? List.of() : line.points();
        for (int i = 0; i < points.size(); i++) {
            if (roundId.equals(points.get(i).roundId())) {
                return i;
            }
        }
        return -1;
    }
}
