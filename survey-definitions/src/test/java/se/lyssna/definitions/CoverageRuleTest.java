package se.lyssna.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lyssna.definitions.Fixtures.VALID;
import static se.lyssna.definitions.Fixtures.replace;
import static se.lyssna.definitions.Fixtures.validate;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageRuleTest {

    /** The valid fixture made national, with one yes/no item per sub-area except those in {@code skip}. */
    static String national(Set<String> skip) {
        StringBuilder yaml = new StringBuilder(replace(VALID, "national: false", "national: true"));
        for (Area area : Area.values()) {
            for (String subArea : area.subAreas()) {
                if (!skip.contains(subArea)) {
                    yaml.append("  - id: cov-").append(subArea).append("\n")
                            .append("    kind: single-choice\n    scale: yes-no\n")
                            .append("    area: ").append(area.key()).append("\n")
                            .append("    sub-area: ").append(subArea).append("\n")
                            .append("    text: {sv: Fråga, en: Question}\n");
                }
            }
        }
        return yaml.toString();
    }

    @Test
    void validate_whenNationalCoversEverySubArea_reportsNothing() {
        assertThat(validate(national(Set.of()))).isEmpty();
    }

    @Test
    void validate_whenNationalMissesSubAreas_reportsNationalCoverageNamingEach() {
        List<Violation> violations = validate(national(Set.of("skolstod", "uppfoljning", "socialt-natverk")));

        assertThat(violations).extracting(Violation::code).containsOnly(Codes.NATIONAL_COVERAGE);
        assertThat(violations).extracting(Violation::message).containsExactly(
                "national questionnaire has no item for sub-area 'uppfoljning' of area 'trygghet'",
                "national questionnaire has no item for sub-area 'skolstod' of area 'utbildning'",
                "national questionnaire has no item for sub-area 'socialt-natverk' of area 'sjalvstandighet'");
    }

    @Test
    void validate_whenNationalHasOnlyFixtureItems_reportsEveryUncoveredSubArea() {
        List<Violation> violations = validate(replace(VALID, "national: false", "national: true"));

        // The fixture covers information, kommunikation, kontakt-socialsekreterare, fritidsaktiviteter, relationer.
        assertThat(violations).hasSize(Area.subAreaCount() - 5);
    }

    @Test
    void validate_whenNotNational_reportsNoCoverage() {
        assertThat(validate(VALID)).isEmpty();
    }
}
