package se.lyssna.backend.console;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import se.lyssna.backend.rounds.RoundViews;
import se.lyssna.backend.units.UnitViews;
import se.lyssna.definitions.Questionnaire;

/** What the console's templates show, shaped for reading; no figures are computed here. */
public final class ConsoleViews {
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
                calendar.add(new CalendarYear(year, List.of(ConsoleLanguage.messages().months().split(" ")), rows));
            }
            return calendar;
        }
    }

    public record CalendarRow(RoundViews.RoundView round, List<Boolean> open) {
    }

    /**
     * The published versions of one age band, oldest first: a national round takes one of them per band (issue 14),
     * the newest chosen by default.
     */
    public record BandChoice(int from, int to, List<Questionnaire> versions) {
        static List<BandChoice> of(List<Questionnaire> published) {
            Map<String, List<Questionnaire>> byBand = new TreeMap<>();
            published.forEach(q -> byBand.computeIfAbsent(String.format("%02d-%02d", q.ageBand().from(),
                    q.ageBand().to()), k -> new ArrayList<>()).add(q));
            return byBand.values().stream().map(versions -> {
                List<Questionnaire> sorted = versions.stream().sorted(Comparator.comparing(Questionnaire::key)
                        .thenComparing(Questionnaire::version)).toList();
                return new BandChoice(sorted.get(0).ageBand().from(), sorted.get(0).ageBand().to(), sorted);
            }).toList();
        }
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
     * since the rule would narrow the figure; docs/disclosure-control.md). The Swedish words are
     * {@link se.lyssna.backend.results.disclosure.Reason#PUBLIC_LABEL}, the same as in the exports.
     */
    public static String reasonText(String key) {
        return key == null ? "" : ConsoleLanguage.messages().hiddenReason();
    }

    /** An area's formal name in the console's language. */
    public static String areaName(String key) {
        ConsoleMessages m = ConsoleLanguage.messages();
        return se.lyssna.definitions.Area.byKey(key).map(area -> switch (area) {
            case BEMOTANDE -> m.areaBemotande();
            case DELAKTIGHET -> m.areaDelaktighet();
            case SOCIALA_RELATIONER -> m.areaSocialaRelationer();
            case TRYGGHET -> m.areaTrygghet();
            case HALSA_OMSORG -> m.areaHalsaOmsorg();
            case UTBILDNING -> m.areaUtbildning();
            case FRITID -> m.areaFritid();
            case SJALVSTANDIGHET -> m.areaSjalvstandighet();
        }).orElse(key);
    }

    /** A round's state in the console's language. */
    public static String stateName(String state) {
        ConsoleMessages m = ConsoleLanguage.messages();
        return switch (state) {
            case "open" -> m.stateOpen();
            case "scheduled" -> m.stateScheduled();
            case "closed" -> m.stateClosed();
            default -> state;
        };
    }
}
