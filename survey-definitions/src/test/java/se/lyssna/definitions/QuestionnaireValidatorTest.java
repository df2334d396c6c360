package se.lyssna.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lyssna.definitions.Fixtures.VALID;
import static se.lyssna.definitions.Fixtures.codes;
import static se.lyssna.definitions.Fixtures.replace;
import static se.lyssna.definitions.Fixtures.validate;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionnaireValidatorTest {

    @Test
    void validate_whenFixtureIsValid_reportsNothing() {
        assertThat(validate(VALID)).isEmpty();
    }

    @Test
    void validate_whenKeyIsBlank_reportsMissingKey() {
        assertThat(codes(validate(replace(VALID, "key: small\n", "key: \" \"\n")))).containsExactly(Codes.MISSING_KEY);
    }

    @Test
    void validate_whenKeyIsNotKebabCase_reportsInvalidKey() {
        assertThat(codes(validate(replace(VALID, "key: small\n", "key: Small_One\n"))))
                .containsExactly(Codes.INVALID_KEY);
    }

    @Test
    void validate_whenVersionIsMissing_reportsMissingVersion() {
        assertThat(codes(validate(replace(VALID, "version: \"2027.1\"\n", ""))))
                .containsExactly(Codes.MISSING_VERSION);
    }

    @Test
    void validate_whenVersionIsNotNumeric_reportsInvalidVersion() {
        assertThat(codes(validate(replace(VALID, "version: \"2027.1\"", "version: next"))))
                .containsExactly(Codes.INVALID_VERSION);
    }

    @Test
    void validate_whenStatusIsMissing_reportsMissingStatus() {
        assertThat(codes(validate(replace(VALID, "status: draft\n", "")))).containsExactly(Codes.MISSING_STATUS);
    }

    @Test
    void validate_whenAgeBandIsBackwards_reportsInvalidAgeBand() {
        assertThat(codes(validate(replace(VALID, "{from: 13, to: 17}", "{from: 17, to: 13}"))))
                .containsExactly(Codes.INVALID_AGE_BAND);
    }

    @Test
    void validate_whenLocalesAreEmpty_reportsMissingLocales() {
        assertThat(codes(validate(replace(VALID, "locales: [sv, en]", "locales: []"))))
                .contains(Codes.MISSING_LOCALES);
    }

    @Test
    void validate_whenLocaleIsDeclaredTwice_reportsDuplicateLocale() {
        assertThat(codes(validate(replace(VALID, "locales: [sv, en]", "locales: [sv, en, sv]"))))
                .containsExactly(Codes.DUPLICATE_LOCALE);
    }

    @Test
    void validate_whenThereAreNoItems_reportsNoItems() {
        String yaml = VALID.substring(0, VALID.indexOf("items:")) + "items: []\n";
        assertThat(codes(validate(yaml))).containsExactly(Codes.NO_ITEMS);
    }

    @Test
    void validate_whenAreaIsUnknown_reportsUnknownAreaAtItem() {
        List<Violation> violations = validate(replace(VALID, "area: fritid\n", "area: fritiden\n"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.UNKNOWN_AREA);
            assertThat(v.itemId()).contains("fri-line");
            assertThat(v.file()).isEqualTo(Fixtures.FILE);
            assertThat(v.message()).contains("fritiden").contains("bemotande");
        });
    }

    @Test
    void validate_whenSubAreaIsNotInArea_reportsUnknownSubArea() {
        List<Violation> violations = validate(replace(VALID, "sub-area: fritidsaktiviteter", "sub-area: skolstod"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.UNKNOWN_SUB_AREA);
            assertThat(v.message()).contains("'skolstod' is not in area 'fritid'");
        });
    }

    @Test
    void validate_whenSurveyItemHasNoArea_reportsMissingArea() {
        String yaml = replace(VALID, "    area: fritid\n    sub-area: fritidsaktiviteter\n", "");
        assertThat(codes(validate(yaml))).containsExactly(Codes.MISSING_AREA);
    }

    @Test
    void validate_whenSurveyItemHasNoSubArea_reportsMissingSubArea() {
        String yaml = replace(VALID, "    sub-area: fritidsaktiviteter\n", "");
        assertThat(codes(validate(yaml))).containsExactly(Codes.MISSING_SUB_AREA);
    }

    @Test
    void validate_whenSurveyItemNamesBackgroundVariable_reportsSurveyItemWithBackground() {
        String yaml = replace(VALID, "    area: fritid\n", "    area: fritid\n    background: gender\n");
        assertThat(codes(validate(yaml))).containsExactly(Codes.SURVEY_ITEM_WITH_BACKGROUND);
    }

    @Test
    void validate_whenBackgroundVariableIsUnknown_reportsUnknownBackgroundVariable() {
        List<Violation> violations = validate(replace(VALID, "background: answered-alone", "background: shoe-size"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.UNKNOWN_BACKGROUND_VARIABLE);
            assertThat(v.itemId()).contains("bg-alone");
        });
    }

    @Test
    void validate_whenBackgroundItemHasNoVariable_reportsMissingBackgroundVariable() {
        assertThat(codes(validate(replace(VALID, "    background: answered-alone\n", ""))))
                .containsExactly(Codes.MISSING_BACKGROUND_VARIABLE);
    }

    @Test
    void validate_whenBackgroundItemHasArea_reportsBackgroundItemWithArea() {
        String yaml = replace(VALID, "    background: answered-alone\n",
                "    background: answered-alone\n    area: trygghet\n");
        assertThat(codes(validate(yaml))).containsExactly(Codes.BACKGROUND_ITEM_WITH_AREA);
    }

    @Test
    void validate_whenItemIdIsUsedTwice_reportsDuplicateItemIdAcrossBackgroundAndItems() {
        List<Violation> violations = validate(replace(VALID, "id: fri-line", "id: bg-alone"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.DUPLICATE_ITEM_ID);
            assertThat(v.itemId()).contains("bg-alone");
        });
    }

    @Test
    void validate_whenItemIdIsNotKebabCase_reportsInvalidItemId() {
        assertThat(codes(validate(replace(VALID, "id: fri-line", "id: Fri Line"))))
                .containsExactly(Codes.INVALID_ITEM_ID);
    }

    @Test
    void validate_whenItemTextLacksLocale_reportsMissingLocaleTextWithItemAndLocale() {
        List<Violation> violations = validate(replace(VALID, "{sv: Hur roligt är det, en: How fun is it}",
                "{sv: Hur roligt är det}"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.MISSING_LOCALE_TEXT);
            assertThat(v.itemId()).contains("fri-line");
            assertThat(v.locale()).contains("en");
        });
    }

    @Test
    void validate_whenTitleAndIntroLackLocale_reportsMissingLocaleTextForEach() {
        String yaml = replace(replace(VALID, "{sv: Hur har du det, en: How are you}", "{sv: Hur har du det}"),
                "{sv: Välkommen, en: Welcome}", "{sv: Välkommen, en: \"  \"}");

        assertThat(validate(yaml)).extracting(Violation::code, Violation::locale, Violation::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Codes.MISSING_LOCALE_TEXT, Optional.of("en"),
                                "the title has no text in 'en'"),
                        org.assertj.core.groups.Tuple.tuple(Codes.MISSING_LOCALE_TEXT, Optional.of("en"),
                                "the intro has no text in 'en'"));
    }

    @Test
    void validate_whenTextHasUndeclaredLocale_reportsUndeclaredLocale() {
        String yaml = replace(VALID, "{sv: Hur roligt är det, en: How fun is it}",
                "{sv: Hur roligt är det, en: How fun is it, sv-easy: Kul}");
        assertThat(codes(validate(yaml))).containsExactly(Codes.UNDECLARED_LOCALE);
    }

    @Test
    void validate_whenOptionLabelLacksLocale_reportsMissingLocaleTextNamingScaleAndOption() {
        List<Violation> violations = validate(replace(VALID, "label: {sv: Nej, en: \"No\"}", "label: {sv: Nej}"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.MISSING_LOCALE_TEXT);
            assertThat(v.message()).isEqualTo("scale 'yes-no' option 'no' has no text in 'en'");
        });
    }

    @Test
    void validate_whenLineScaleLabelLacksLocale_reportsMissingLocaleText() {
        List<Violation> violations = validate(replace(VALID, "max-label: {sv: Helt, en: Completely}",
                "max-label: {sv: Helt}"));

        assertThat(violations).extracting(Violation::message)
                .containsExactly("scale 'line-0-10' max-label has no text in 'en'");
    }

    @Test
    void validate_whenImageHasNoAlt_reportsImageWithoutAlt() {
        String yaml = replace(VALID, "      alt: {sv: En pratbubbla, en: A speech bubble}\n", "");

        assertThat(validate(yaml)).extracting(Violation::code, Violation::locale)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Codes.IMAGE_WITHOUT_ALT, Optional.of("sv")),
                        org.assertj.core.groups.Tuple.tuple(Codes.IMAGE_WITHOUT_ALT, Optional.of("en")));
    }

    @Test
    void validate_whenImageAltLacksOneLocale_reportsImageWithoutAltForThatLocale() {
        String yaml = replace(VALID, "alt: {sv: En pratbubbla, en: A speech bubble}", "alt: {sv: En pratbubbla}");

        assertThat(validate(yaml)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.IMAGE_WITHOUT_ALT);
            assertThat(v.itemId()).contains("bem-info");
            assertThat(v.locale()).contains("en");
        });
    }

    @Test
    void validate_whenScaleIsUnknown_reportsUnknownScale() {
        assertThat(codes(validate(replace(VALID, "scale: line-0-10", "scale: line-1-5"))))
                .containsExactly(Codes.UNKNOWN_SCALE);
    }

    @Test
    void validate_whenChoiceItemUsesLineScale_reportsScaleKindMismatch() {
        String yaml = replace(VALID, "    sub-area: relationer\n    scale: yes-no",
                "    sub-area: relationer\n    scale: line-0-10");

        assertThat(validate(yaml)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.SCALE_KIND_MISMATCH);
            assertThat(v.itemId()).contains("soc-who");
            assertThat(v.message()).contains("needs a choice scale");
        });
    }

    @Test
    void validate_whenLineItemUsesChoiceScale_reportsScaleKindMismatch() {
        assertThat(codes(validate(replace(VALID, "scale: line-0-10", "scale: yes-no"))))
                .containsExactly(Codes.SCALE_KIND_MISMATCH);
    }

    @Test
    void validate_whenChoiceItemHasNoScale_reportsMissingScale() {
        String yaml = replace(VALID, "    sub-area: relationer\n    scale: yes-no\n", "    sub-area: relationer\n");
        assertThat(codes(validate(yaml))).containsExactly(Codes.MISSING_SCALE);
    }

    @Test
    void validate_whenNumberMinAboveMax_reportsInvalidNumberRange() {
        assertThat(codes(validate(replace(VALID, "    min: 0\n    max: 20\n", "    min: 21\n    max: 20\n"))))
                .containsExactly(Codes.INVALID_NUMBER_RANGE);
    }

    @Test
    void validate_whenQuestionnaireIsRevisedWithoutKnownItem_reportsRevisionUnknownItem() {
        String yaml = VALID + "revisions:\n  - {item: fri-lines, kind: wording, note: typo}\n";

        assertThat(validate(yaml)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.REVISION_UNKNOWN_ITEM);
            assertThat(v.itemId()).contains("fri-lines");
        });
    }

    @Test
    void validate_whenRevisionHasNoKind_reportsRevisionWithoutKind() {
        String yaml = VALID + "revisions:\n  - {item: fri-line, note: simpler}\n";
        assertThat(codes(validate(yaml))).containsExactly(Codes.REVISION_WITHOUT_KIND);
    }

    @Test
    void validate_whenItemIsRevisedTwice_reportsDuplicateRevision() {
        String yaml = VALID + "revisions:\n  - {item: fri-line, kind: wording}\n  - {item: fri-line, kind: meaning}\n";
        assertThat(codes(validate(yaml))).containsExactly(Codes.DUPLICATE_REVISION);
    }

    @Test
    void validate_whenViolationsAreMany_reportsAllOfThem() {
        String yaml = replace(replace(replace(VALID, "area: fritid\n", "area: fritiden\n"), "scale: line-0-10",
                "scale: nope"), "key: small", "key: \"\"");
        assertThat(codes(validate(yaml))).containsExactlyInAnyOrder(Codes.MISSING_KEY, Codes.UNKNOWN_AREA,
                Codes.UNKNOWN_SCALE);
    }
}
