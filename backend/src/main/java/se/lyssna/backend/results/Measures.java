package se.lyssna.backend.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lyssna.backend.results.disclosure.Cell;
import se.lyssna.backend.results.disclosure.CellKey;
import se.lyssna.backend.results.disclosure.Measure;
import se.lyssna.backend.results.disclosure.Scope;
import se.lyssna.definitions.FreeTextItem;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.LineItem;
import se.lyssna.definitions.LineScale;
import se.lyssna.definitions.MultipleChoiceItem;
import se.lyssna.definitions.NumberItem;
import se.lyssna.definitions.OptionKind;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireDiff;
import se.lyssna.definitions.Scale;
import se.lyssna.definitions.ScaleOption;
import se.lyssna.definitions.SingleChoiceItem;

/**
 * What is counted for each item: the distribution over its options (a number item in bands, each option of a
 * multiple-choice item as ticked / not ticked), and per area the positive share of real answers to its
 * single-choice and line items.
 */
public final class Measures {
    public static final String POSITIVE = Cell.POSITIVE;
    public static final String OTHER = Cell.OTHER;
    public static final String TICKED = "ticked";
    public static final String NOT_TICKED = "not-ticked";
    /** Number items are reported in bands: an exact count could single a child out. */
    public static final List<String> NUMBER_BANDS = List.of("0", "1", "2-3", "4-6", "7+", LineScale.DONT_KNOW,
            LineScale.NO_ANSWER);

    private final Map<Measure, List<String>> options = new LinkedHashMap<>();
    private final Map<Measure, Set<String>> positive = new HashMap<>();
    private final Map<Measure, Set<String>> real = new HashMap<>();
    private final Map<String, List<String>> areaItems = new LinkedHashMap<>();
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Set<String> areas = new LinkedHashSet<>();
    /** Where each measure's options start in a {@link Tally}, and each area's respondents. */
    private final Map<Measure, Integer> slotOf = new HashMap<>();
    private final Map<Measure, Integer> areaSlot = new HashMap<>();
    private int slots;

    /** Every figure of one questionnaire, its area indexes computed from its own items. */
    public Measures(Questionnaire questionnaire) {
        this(questionnaire, null, null);
    }

    /**
     * The figures that every age band of a round shares: the items answered alike in all of them (see
     * {@link QuestionnaireDiff#sameAnswers}), described as the first band asks them, and every band's area indexes,
     * whose counts add up across bands although each band computes them from its own items.
     */
    public static Measures shared(List<Questionnaire> bands) {
        Questionnaire first = bands.get(0);
        Set<String> alike = new LinkedHashSet<>();
        for (Item item : first.items()) {
            if (bands.stream().allMatch(q -> q.item(item.id())
                    .filter(other -> QuestionnaireDiff.sameAnswers(first, item, q, other)).isPresent())) {
                alike.add(item.id());
            }
        }
        Set<String> areas = new LinkedHashSet<>();
        bands.forEach(q -> areas.addAll(new Measures(q).areaItems.keySet()));
        return new Measures(first, alike, areas);
    }

    private Measures(Questionnaire questionnaire, Set<String> onlyItems, Set<String> sharedAreas) {
        for (Item item : questionnaire.items()) {
            if (onlyItems != null && !onlyItems.contains(item.id())) {
                continue;
            }
            items.put(item.id(), item);
            if (item instanceof FreeTextItem) {
                continue;
            }
            if (item instanceof NumberItem) {
                options.put(Measure.item(item.id()), NUMBER_BANDS);
                continue;
            }
            Scale scale = questionnaire.scaleOf(item).orElse(null);
            if (scale == null) {
                continue;
            }
            if (item instanceof MultipleChoiceItem) {
                for (ScaleOption option : scale.options()) {
                    options.put(Measure.item(item.id()).option(option.value()), List.of(TICKED, NOT_TICKED));
                }
                continue;
            }
            Measure key = Measure.item(item.id());
            options.put(key, scale.options().stream().map(ScaleOption::value).toList());
            Set<String> good = new LinkedHashSet<>();
            Set<String> answers = new LinkedHashSet<>();
            for (ScaleOption option : scale.options()) {
                if (option.kind() == OptionKind.ANSWER) {
                    answers.add(option.value());
                    if (option.positive()) {
                        good.add(option.value());
                    }
                }
            }
            positive.put(key, good);
            real.put(key, answers);
            if ((item instanceof SingleChoiceItem || item instanceof LineItem) && item.area().isPresent()
                    && !good.isEmpty()) {
                areaItems.computeIfAbsent(item.area().get(), a -> new ArrayList<>()).add(item.id());
            }
        }
        if (sharedAreas != null) {
            // Each band's index counts its own items: none of them is this table's to relate the index to.
            areaItems.clear();
            areas.addAll(sharedAreas);
        } else {
            areas.addAll(areaItems.keySet());
        }
        for (String area : areas) {
            options.put(Measure.area(area), List.of(POSITIVE, OTHER));
            areaSlot.put(Measure.area(area), areaSlot.size());
        }
        int next = 0;
        for (Map.Entry<Measure, List<String>> measure : options.entrySet()) {
            slotOf.put(measure.getKey(), next);
            next += measure.getValue().size();
        }
        slots = next;
    }

    /** The areas with an index in this table, in the order of their first item. */
    public List<String> areas() {
        return List.copyOf(areas);
    }

    public List<Measure> keys() {
        return List.copyOf(options.keySet());
    }

    public List<String> optionsOf(Measure measure) {
        return options.getOrDefault(measure, List.of());
    }

    /** Area key to the IDs of the items its index is computed from (none for indexes shared across bands). */
    public Map<String, List<String>> areaItems() {
        return areaItems;
    }

    public Map<String, Item> items() {
        return items;
    }

    /** Whether the option is a real answer (not "don't know" or "don't want to answer"). */
    public boolean isRealAnswer(Measure measure, String option) {
        Set<String> answers = real.get(measure);
        if (answers == null) {
            return OptionKind.ofValue(option) == OptionKind.ANSWER;
        }
        return answers.contains(option);
    }

    public boolean isPositive(Measure measure, String option) {
        return positive.getOrDefault(measure, Set.of()).contains(option);
    }

    /** What one respondent adds: the option counted per measure, and the areas with a real answer. */
    public record Contribution(Map<Measure, List<String>> counts, Set<Measure> areas) {
        /** What of it another table counts (a band's answers in the all-ages table: its shared figures only). */
        Contribution within(Measures table) {
            Map<Measure, List<String>> kept = new HashMap<>();
            counts.forEach((measure, values) -> {
                if (table.options.containsKey(measure)) {
                    kept.put(measure, values);
                }
            });
            Set<Measure> keptAreas = new LinkedHashSet<>(areas);
            keptAreas.retainAll(table.options.keySet());
            return new Contribution(kept, keptAreas);
        }
    }

    public Contribution contributionOf(Map<String, List<String>> answers) {
        Map<Measure, List<String>> counts = new HashMap<>();
        Set<Measure> areas = new LinkedHashSet<>();
        answers.forEach((itemId, values) -> {
            Item item = items.get(itemId);
            if (item == null || values == null || values.isEmpty()) {
                return;
            }
            if (item instanceof MultipleChoiceItem) {
                for (Measure measure : options.keySet()) {
                    if (measure instanceof Measure.Option option && option.item().equals(itemId)) {
                        counts.put(measure, List.of(values.contains(option.value()) ? TICKED : NOT_TICKED));
                    }
                }
                return;
            }
            Measure measure = Measure.item(itemId);
            if (!options.containsKey(measure)) {
                return;
            }
            String value = item instanceof NumberItem ? band(values.get(0)) : values.get(0);
            if (!options.get(measure).contains(value)) {
                return;
            }
            counts.put(measure, List.of(value));
            if (item.area().isPresent() && areaItems.getOrDefault(item.area().get(), List.of()).contains(itemId)
                    && real.get(measure).contains(value)) {
                Measure area = Measure.area(item.area().get());
                counts.computeIfAbsent(area, k -> new ArrayList<>())
                        .add(positive.get(measure).contains(value) ? POSITIVE : OTHER);
                areas.add(area);
            }
        });
        return new Contribution(counts, areas);
    }

    static String band(String value) {
        if (OptionKind.ofValue(value) != OptionKind.ANSWER) {
            return value;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n <= 1) {
                return Integer.toString(Math.max(n, 0));
            }
            return n <= 3 ? "2-3" : n <= 6 ? "4-6" : "7+";
        } catch (NumberFormatException e) {
            return LineScale.DONT_KNOW;
        }
    }

    /** The figures of one scope and group, zeros included; {@code latent}: counted, never published. */
    List<Cell> cells(String band, Scope scope, String group, Tally tally, boolean latent) {
        List<Cell> cells = new ArrayList<>();
        int[] base = {0};
        options.forEach((measure, values) -> {
            int[] counts = Arrays.copyOfRange(tally.counts, base[0], base[0] + values.size());
            base[0] += values.size();
            Integer area = areaSlot.get(measure);
            int size = area != null ? tally.areaRespondents[area] : Arrays.stream(counts).sum();
            int[] binary = null;
            if (positive.containsKey(measure)) {
                binary = new int[2];
                for (int i = 0; i < counts.length; i++) {
                    if (positive.get(measure).contains(values.get(i))) {
                        binary[0] += counts[i];
                    } else if (real.get(measure).contains(values.get(i))) {
                        binary[1] += counts[i];
                    }
                }
            }
            cells.add(new Cell(new CellKey(scope, group, measure, band), size, values, counts, binary, latent));
        });
        return cells;
    }

    /** An empty tally of this table's figures, for one scope and group. */
    Tally tally() {
        return new Tally(slots, areaSlot.size());
    }

    /**
     * Where a respondent's answers go in a {@link Tally}: one slot per counted option (an area's several times, once
     * per item answered), then the areas they answered at all. Computed once per respondent and table, so counting
     * a national round is array increments, not map lookups.
     */
    int[][] placesOf(Contribution contribution) {
        List<Integer> places = new ArrayList<>();
        contribution.counts().forEach((measure, values) -> {
            Integer base = slotOf.get(measure);
            if (base == null) {
                return;
            }
            List<String> all = options.get(measure);
            for (String value : values) {
                int index = all.indexOf(value);
                if (index >= 0) {
                    places.add(base + index);
                }
            }
        });
        List<Integer> areas = new ArrayList<>();
        contribution.areas().forEach(area -> {
            Integer slot = areaSlot.get(area);
            if (slot != null) {
                areas.add(slot);
            }
        });
        return new int[][] {places.stream().mapToInt(Integer::intValue).toArray(),
            areas.stream().mapToInt(Integer::intValue).toArray()};
    }

    /** The counts of one scope and group: respondents, each option's count, each area's respondents. */
    static final class Tally {
        int respondents;
        final int[] counts;
        final int[] areaRespondents;

        Tally(int slots, int areas) {
            counts = new int[slots];
            areaRespondents = new int[areas];
        }

        void add(int[][] places) {
            respondents++;
            for (int slot : places[0]) {
                counts[slot]++;
            }
            for (int area : places[1]) {
                areaRespondents[area]++;
            }
        }
    }
}
