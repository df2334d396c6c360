package se.lyssna.backend.console;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.lyssna.backend.rounds.RoundViews;
import se.lyssna.backend.units.UnitViews;

/** What the console's templates show, shaped for reading; no figures are computed here. */
public final class ConsoleViews {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt",
        "nov", "dec"};

    private static final java.util.Properties AREA_NAMES = areaNames();
    static final String MUNICIPALITY = "municipality";

    private ConsoleViews() {
    }

    /** One year of the rounds calendar: a row per round with the months it is open in. */
    public record CalendarYear(int year, List<String> months, List<CalendarRow> rows) {
        static List<CalendarYear> of(List<RoundViews.RoundView> rounds, LocalDate today) {
            TreeSet<Integer> years = new TreeSet<>();
            rounds.forEach(r -> {
                for (int y = r.opensOn().getYear(); y <= r.closesOn().getYear(); y++) {
                    years.add(y);
                }
            });
            years.add(today.getYear());
            List<CalendarYear> calendar = new ArrayList<>();
            for (int year : years.descendingSet()) {
                List<CalendarRow> rows = new ArrayList<>();
                for (RoundViews.RoundView round : rounds) {
                    List<Boolean> open = new ArrayList<>();
                    for (int m = 1; m <= 12; m++) {
                        YearMonth month = YearMonth.of(year, m);
                        open.add(!round.opensOn().isAfter(month.atEndOfMonth())
                                && !round.closesOn().isBefore(month.atDay(1)));
                    }
                    if (open.contains(true)) {
                        rows.add(new CalendarRow(round, open));
                    }
                }
                calendar.add(new CalendarYear(year, List.of(MONTHS), rows));
            }
            return calendar;
        }
    }

    public record CalendarRow(RoundViews.RoundView round, List<Boolean> open) {
    }

    /** A municipality with its care units, for choosing a round's units. */
    public record UnitGroup(String municipality, String name, List<UnitViews.UnitView> careUnits) {
        static List<UnitGroup> of(List<UnitViews.UnitView> units) {
            Map<String, UnitViews.UnitView> municipalities = new LinkedHashMap<>();
            Map<String, List<UnitViews.UnitView>> care = new LinkedHashMap<>();
            for (UnitViews.UnitView unit : units) {
                if (MUNICIPALITY.equals(unit.kind())) {
                    municipalities.put(unit.code(), unit);
                } else {
                    care.computeIfAbsent(unit.municipality(), k -> new ArrayList<>()).add(unit);
                }
            }
            return municipalities.values().stream().map(m -> new UnitGroup(m.code(), m.name(),
                    care.getOrDefault(m.code(), List.of()))).toList();
        }
    }

    /**
     * The reason a figure is hidden: the one public reason, whatever rule hid it (the published tables keep no other,
     * since the rule would narrow the figure; docs/disclosure-control.md).
     */
    public static String reasonText(String key) {
        return key == null ? "" : se.lyssna.backend.results.disclosure.Reason.PUBLIC_LABEL;
    }

    /** An area's formal Swedish name, from the same texts the meeting material uses. */
    public static String areaName(String key) {
        return AREA_NAMES.getProperty("area-formal." + key, key);
    }

    private static java.util.Properties areaNames() {
        java.util.Properties names = new java.util.Properties();
        try (var in = ConsoleViews.class.getClassLoader().getResourceAsStream("meeting/meeting_sv.properties")) {
            if (in != null) {
                names.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }

    /** Swedish words for a round's state. */
    public static String stateInSwedish(String state) {
        return switch (state) {
            case "open" -> "Pågår";
            case "scheduled" -> "Planerad";
            case "closed" -> "Stängd";
            default -> state;
        };
    }
}
