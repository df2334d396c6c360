package se.lyssna.definitions;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Each item's identity and placement: a stable unique ID, an area and sub-area for survey items, a known background
 * variable for background questions, and a scale of the right type.
 */
final class ItemRule implements Rule {

    @Override
    public void check(Questionnaire q, Findings findings) {
        Set<String> ids = new HashSet<>();
        for (Item item : q.allItems()) {
            checkId(item, ids, findings);
        }
        Set<String> variables = new HashSet<>();
        for (Item item : q.background()) {
            checkBackground(item, variables, findings);
            checkScale(q, item, findings);
        }
        for (Item item : q.items()) {
            checkPlacement(item, findings);
            checkScale(q, item, findings);
        }
    }

    private static void checkId(Item item, Set<String> ids, Findings findings) {
        if (HeaderRule.isBlank(item.id())) {
            findings.add(Codes.MISSING_ITEM_ID, "an item of kind " + item.kindName() + " has no 'id'");
        } else if (!HeaderRule.KEBAB.matcher(item.id()).matches()) {
            findings.atItem(item.id(), Codes.INVALID_ITEM_ID, "item ID '" + item.id() + "' must be kebab-case");
        } else if (!ids.add(item.id())) {
            findings.atItem(item.id(), Codes.DUPLICATE_ITEM_ID, "item ID '" + item.id()
                    + "' is used more than once (IDs are unique across background and items)");
        }
    }

    private static void checkBackground(Item item, Set<String> variables, Findings findings) {
        Optional<String> variable = item.background();
        if (variable.isEmpty() || variable.get().isBlank()) {
            findings.atItem(item.id(), Codes.MISSING_BACKGROUND_VARIABLE, "background question has no 'background'"
                    + " variable; expected one of " + BackgroundVariable.keys());
        } else if (BackgroundVariable.byKey(variable.get()).isEmpty()) {
            findings.atItem(item.id(), Codes.UNKNOWN_BACKGROUND_VARIABLE, "unknown background variable '"
                    + variable.get() + "'; expected one of " + BackgroundVariable.keys());
        } else if (!variables.add(variable.get())) {
            findings.atItem(item.id(), Codes.DUPLICATE_BACKGROUND_VARIABLE, "background variable '" + variable.get()
                    + "' is asked more than once");
        }
        if (item.area().isPresent() || item.subArea().isPresent()) {
            findings.atItem(item.id(), Codes.BACKGROUND_ITEM_WITH_AREA, "a background question belongs to no area;"
                    + " remove 'area'/'sub-area' or move it to 'items'");
        }
    }

    private static void checkPlacement(Item item, Findings findings) {
        if (item.background().isPresent()) {
            findings.atItem(item.id(), Codes.SURVEY_ITEM_WITH_BACKGROUND, "a survey item cannot name a background"
                    + " variable; move it to 'background'");
        }
        Optional<String> areaKey = item.area().filter(a -> !a.isBlank());
        if (areaKey.isEmpty()) {
            findings.atItem(item.id(), Codes.MISSING_AREA, "survey item has no 'area'; expected one of "
                    + Area.keys());
            return;
        }
        Optional<Area> area = Area.byKey(areaKey.get());
        if (area.isEmpty()) {
            findings.atItem(item.id(), Codes.UNKNOWN_AREA, "unknown area '" + areaKey.get() + "'; expected one of "
                    + Area.keys());
            return;
        }
        Optional<String> subArea = item.subArea().filter(s -> !s.isBlank());
        if (subArea.isEmpty()) {
            findings.atItem(item.id(), Codes.MISSING_SUB_AREA, "survey item has no 'sub-area'; area '"
                    + area.get().key() + "' has " + area.get().subAreas());
        } else if (!area.get().hasSubArea(subArea.get())) {
            findings.atItem(item.id(), Codes.UNKNOWN_SUB_AREA, "sub-area '" + subArea.get() + "' is not in area '"
                    + area.get().key() + "', which has " + area.get().subAreas());
        }
    }

    private static void checkScale(Questionnaire q, Item item, Findings findings) {
        if (item instanceof NumberItem number) {
            if (number.min() > number.max()) {
                findings.atItem(item.id(), Codes.INVALID_NUMBER_RANGE, "min " + number.min() + " is greater than max "
                        + number.max());
            }
            return;
        }
        if (item instanceof FreeTextItem) {
            return;
        }
        Optional<String> key = item.scaleKey().filter(k -> !k.isBlank());
        if (key.isEmpty()) {
            findings.atItem(item.id(), Codes.MISSING_SCALE, item.kindName() + " item has no 'scale'");
            return;
        }
        Optional<Scale> scale = q.scale(key.get());
        if (scale.isEmpty()) {
            findings.atItem(item.id(), Codes.UNKNOWN_SCALE, "scale '" + key.get() + "' is neither in scales.yaml nor"
                    + " in the file's 'scales'");
            return;
        }
        boolean wantsLine = item instanceof LineItem;
        if (wantsLine != (scale.get() instanceof LineScale)) {
            findings.atItem(item.id(), Codes.SCALE_KIND_MISMATCH, item.kindName() + " item needs a "
                    + (wantsLine ? "line" : "choice") + " scale, but '" + key.get() + "' is a "
                    + (wantsLine ? "choice" : "line") + " scale");
        }
    }
}
