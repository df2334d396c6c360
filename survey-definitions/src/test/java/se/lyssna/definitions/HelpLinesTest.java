package se.lyssna.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelpLinesTest {
    private static final QuestionnaireCatalog BUNDLED = QuestionnaireCatalog.fromClasspath();
    private static final String BRIS = """
              - key: bris
                name: Bris
                phone: "116 111"
                ages: {from: 0, to: 17}
                text: {sv: "Ring Bris.", sv-x-easy: "Ring Bris.", en: "Call Bris.", ar: "اتصل"}
            """;

    @Test
    void bundled_childrenUnder18GetBris_youngAdultsAnAdultService() {
        for (Questionnaire q : BUNDLED.all()) {
            List<HelpLine> lines = BUNDLED.helpLines(q);
            assertThat(lines).as(q.id()).isNotEmpty();
            boolean child = q.ageBand().to() < 18;
            assertThat(lines.stream().anyMatch(l -> l.dial().equals("116111"))).as(q.id() + " shows Bris")
                    .isEqualTo(child);
            lines.forEach(l -> assertThat(l.ages().contains(q.ageBand().from()) && l.ages().contains(q.ageBand().to()))
                    .as(l.key() + " for " + q.id()).isTrue());
        }
        // Numbers not found in the source documents stay marked until someone confirms them with the service.
        assertThat(BUNDLED.helpLinesToReview()).extracting(HelpLine::key)
                .containsExactlyInAnyOrder("mind-sjalvmordslinjen", "jourhavande-medmanniska");
    }

    @Test
    void brisForYoungAdults_isRefused() {
        HelpLines lines = HelpLines.parse("lines:\n" + BRIS + "questionnaires:\n  national-18-21: [bris]\n");
        assertThat(lines.violations(BUNDLED.versionsOf("national-18-21"))).extracting(Violation::code)
                .contains(Codes.HELP_LINE_AGES);
    }

    @Test
    void aQuestionnaireWithoutALine_aMissingLocale_anUnknownKeyAndABadNumber_areRefused() {
        HelpLines lines = HelpLines.parse("""
                lines:
                  - key: bris
                    name: Bris
                    phone: "116 111"
                    ages: {from: 0, to: 17}
                    text: {sv: "Ring Bris.", en: "Call Bris."}
                  - key: odd
                    name: Odd
                    phone: "call us"
                    ages: {from: 0, to: 99}
                    text: {sv: "x"}
                questionnaires:
                  national-7-12: [bris, nobody]
                """);
        List<Violation> found = lines.violations(BUNDLED.all());
        assertThat(found).extracting(Violation::code).contains(Codes.MISSING_HELP_LINE, Codes.INVALID_HELP_LINE,
                Codes.MISSING_LOCALE_TEXT);
        assertThat(found).filteredOn(v -> v.code().equals(Codes.MISSING_LOCALE_TEXT))
                .extracting(v -> v.locale().orElseThrow()).contains("sv-x-easy", "ar");
        assertThat(found).filteredOn(v -> v.code().equals(Codes.INVALID_HELP_LINE)).extracting(Violation::message)
                .anyMatch(m -> m.contains("nobody")).anyMatch(m -> m.contains("number"));
    }

    @Test
    void aValidFile_hasNoViolations() {
        HelpLines lines = HelpLines.parse("lines:\n" + BRIS + "questionnaires:\n  national-7-12: [bris]\n"
                + "  national-13-17: [bris]\n");
        assertThat(lines.violations(BUNDLED.versionsOf("national-7-12"))).isEmpty();
        assertThat(lines.of(BUNDLED.versionsOf("national-13-17").get(0))).extracting(HelpLine::name)
                .containsExactly("Bris");
    }
}
