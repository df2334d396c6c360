package se.lyssna.app.facilitator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.lyssna.app.api.ResultsDto;

/**
 * One area broken down by a background variable (age band, gender, …): a figure per group, in the server's order.
 * A group with too few children has its figures hidden; they stay in the list so that the facilitator sees why.
 */
public record AreaBreakdown(String area, List<GroupFigure> groups) {

    /** One group's figure; {@code value} is the API's value of the variable (girl, 13-15, not-stated …). */
    public record GroupFigure(String value, Figure figure) {
    }

    /** A breakdown per area; {@code areaOrder} first (the unit's charts), then any other area of the groups. */
    public static List<AreaBreakdown> build(ResultsDto grouped, List<String> areaOrder) {
        List<ResultsDto.Group> groups = grouped.groups() == null ? List.of() : grouped.groups();
        Set<String> areas = new LinkedHashSet<>(areaOrder);
        for (ResultsDto.Group g : groups) {
            if (g.areas() != null) {
                g.areas().forEach(a -> areas.add(a.area()));
            }
        }
        List<AreaBreakdown> out = new ArrayList<>();
        for (String area : areas) {
            List<GroupFigure> figures = new ArrayList<>();
            for (ResultsDto.Group g : groups) {
                figures.add(new GroupFigure(valueOf(g), figure(g, area)));
            }
            out.add(new AreaBreakdown(area, figures));
        }
        return out;
    }

    private static String valueOf(ResultsDto.Group g) {
        if (g.value() != null) {
            return g.value();
        }
        String group = g.group() == null ? "" : g.group();
        return group.contains("=") ? group.substring(group.indexOf('=') + 1) : group;
    }

    private static Figure figure(ResultsDto.Group g, String area) {
        return g.area(area).map(AreaCharts::of).orElseGet(() -> {
            ResultsDto.Figure r = g.respondents();
            return r != null && r.hidden() ? new Figure.Hidden(r.reason()) : new Figure.Unavailable();
        });
    }
}
