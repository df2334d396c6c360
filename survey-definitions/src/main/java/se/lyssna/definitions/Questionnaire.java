package se.lyssna.definitions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a questionnaire as its author wrote it. Loaded by {@link QuestionnaireLoader}, checked by
 * {@link QuestionnaireValidator}. The pair ({@link #key()}, {@link #version()}) identifies it everywhere.
 *
 * @param key        stable key, e.g. {@code national-13-17}
 * @param version    version, e.g. {@code 2027.1}
 * @param status     draft or published (immutable)
 * @param national   whether it is a national questionnaire that must cover every area and sub-area
 * @param ageBand    the ages it is written for
 * @param locales    locale tags every text must exist in; the first is the source language
 * @param title      the questionnaire's name
 * @param intro      what the child reads before the first question
 * @param scales     the answer scales items refer to, by key
 * @param background background questions (age band, gender, placement …)
 * @param items      the questions, in the order they are asked
 * @param revisions  declared text changes of items that keep their ID since the previous version
 */
public record Questionnaire(String key, String version, Status status, boolean national, AgeBand ageBand,
                            List<String> locales, LocalizedText title, LocalizedText intro,
                            Map<String, Scale> scales, List<Item> background, List<Item> items,
                            List<Revision> revisions) {

    public Questionnaire {
        locales = locales == null ? List.of() : List.copyOf(locales);
        scales = scales == null ? Map.of() : Map.copyOf(scales);
        background = background == null ? List.of() : List.copyOf(background);
        items = items == null ? List.of() : List.copyOf(items);
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
        title = title == null ? LocalizedText.empty() : title;
        intro = intro == null ? LocalizedText.empty() : intro;
    }

    /** Background questions first, then the survey items: the order in which a child meets them. */
    public List<Item> allItems() {
        List<Item> all = new ArrayList<>(background);
        all.addAll(items);
        return all;
    }

    public Optional<Item> item(String id) {
        return allItems().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<Scale> scale(String key) {
        return Optional.ofNullable(scales.get(key));
    }

    /** The scale an item is answered on, if it uses one. */
    public Optional<Scale> scaleOf(Item item) {
        return item.scaleKey().flatMap(this::scale);
    }

    /**
     * The scales this questionnaire's items are answered on, by key, in the order items first use them. The
     * loader merges every shared scale into {@link #scales()}; this is the part that matters to this version.
     */
    public Map<String, Scale> usedScales() {
        Map<String, Scale> used = new LinkedHashMap<>();
        for (Item item : allItems()) {
            scaleOf(item).ifPresent(scale -> used.putIfAbsent(scale.key(), scale));
        }
        return used;
    }

    /** The conventional file name of this version, {@code <key>_<version>.yaml}. */
    public String fileName() {
        return key + "_" + version + ".yaml";
    }

    /** The source language: the first declared locale, in which texts are written and compared. */
    public Optional<String> sourceLocale() {
        return locales.isEmpty() ? Optional.empty() : Optional.of(locales.get(0));
    }

    public String id() {
        return key + "@" + version;
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }
}
