package se.lyssna.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Small questionnaires for tests, written as YAML so that tests read like the files authors write. */
final class Fixtures {
    static final String FILE = "small_2027.1.yaml";

    /** A valid, non-national questionnaire in two locales using every item kind and skip logic. */
    static final String VALID = """
            key: small
            version: "2027.1"
            status: draft
            national: false
            age-band: {from: 13, to: 17}
            locales: [sv, en]
            title: {sv: Hur har du det, en: How are you}
            intro: {sv: Välkommen, en: Welcome}
            scales:
              - key: yes-no
                type: choice
                options:
                  - {value: "yes", kind: answer, positive: true, face: face-happy, label: {sv: Ja, en: "Yes"}}
                  - {value: "no", kind: answer, label: {sv: Nej, en: "No"}}
                  - {value: dont-know, kind: dont-know, label: {sv: Vet inte, en: Don't know}}
                  - {value: no-answer, kind: no-answer, label: {sv: Vill inte svara, en: Rather not say}}
              - key: line-0-10
                type: line
                min: 0
                max: 10
                positive-from: 7
                min-label: {sv: Inte alls, en: Not at all}
                max-label: {sv: Helt, en: Completely}
                dont-know: {sv: Vet inte, en: Don't know}
                no-answer: {sv: Vill inte svara, en: Rather not say}
            background:
              - id: bg-alone
                kind: single-choice
                background: answered-alone
                scale: yes-no
                text: {sv: Svarar du ensam, en: Are you answering alone}
            items:
              - id: bem-info
                kind: single-choice
                area: bemotande
                sub-area: information
                scale: yes-no
                text: {sv: Jag får veta det som är viktigt., en: I am told what matters.}
                image:
                  pictogram: speech-bubble
                  alt: {sv: En pratbubbla, en: A speech bubble}
              - id: del-sw-count
                kind: number
                area: delaktighet
                sub-area: kontakt-socialsekreterare
                min: 0
                max: 20
                show-if: {item: bem-info, any-of: ["no"]}
                text: {sv: Hur många socialsekreterare, en: How many social workers}
              - id: fri-line
                kind: line
                area: fritid
                sub-area: fritidsaktiviteter
                scale: line-0-10
                text: {sv: Hur roligt är det, en: How fun is it}
              - id: soc-who
                kind: multiple-choice
                area: sociala-relationer
                sub-area: relationer
                scale: yes-no
                text: {sv: Vem pratar du med, en: Who do you talk to}
              - id: free-other
                kind: free-text
                area: bemotande
                sub-area: kommunikation
                max-length: 300
                text: {sv: Något mer, en: Anything else}
            """;

    private Fixtures() {
    }

    static Questionnaire load(String yaml) {
        return loadAs(FILE, yaml);
    }

    static Questionnaire loadAs(String file, String yaml) {
        LoadResult result = QuestionnaireLoader.withoutSharedScales().parse(file, yaml);
        assertThat(result).as("fixture must load: %s", result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).questionnaire();
    }

    /** The fixture with {@code from} replaced by {@code to}; fails when {@code from} is not in it. */
    static String replace(String yaml, String from, String to) {
        assertThat(yaml).contains(from);
        return yaml.replace(from, to);
    }

    static List<Violation> validate(String yaml) {
        return new QuestionnaireValidator().validate(FILE, load(yaml));
    }

    static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }
}
