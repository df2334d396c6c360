package se.lyssna.definitions;

import java.util.HashSet;
import java.util.Set;

/**
 * A national questionnaire asks about every one of the eight areas and 22 sub-areas that children named as what
 * matters to them; leaving one out would make the national picture silently incomplete.
 */
final class CoverageRule implements Rule {

    @Override
    public void check(Questionnaire q, Findings findings) {
        if (!q.national()) {
            return;
        }
        Set<String> covered = new HashSet<>();
        for (Item item : q.items()) {
            if (item.area().isPresent() && item.subArea().isPresent()) {
                covered.add(item.area().get() + "/" + item.subArea().get());
            }
        }
        for (Area area : Area.values()) {
            for (String subArea : area.subAreas()) {
                if (!covered.contains(area.key() + "/" + subArea)) {
                    findings.add(Codes.NATIONAL_COVERAGE, "national questionnaire has no item for sub-area '"
                            + subArea + "' of area '" + area.key() + "'");
                }
            }
        }
    }
}
