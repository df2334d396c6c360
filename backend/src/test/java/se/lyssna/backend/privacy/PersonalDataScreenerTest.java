package se.lyssna.backend.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain unit tests: no Quarkus, the bundled name list. */
class PersonalDataScreenerTest {
    private final PersonalDataScreener screener = new PersonalDataScreener();

    private List<Finding.Kind> kinds(String text) {
        return screener.screen(text).stream().map(Finding::kind).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vi ska prata mer om Skolan", "Trygghet är viktigt", "Föreståndaren",
        "Personalen ska knacka innan de går in i rummen.", "Maten är bättre nu, sa många av er.",
        "Max två timmar skärmtid på vardagar var för lite.", "Bo kvar i samma hem är viktigt för er.",
        "Per vecka får alla 200 kr i fickpengar.", "Liv och hälsa: fler aktiviteter på helgen.",
        "Rosa väggar i vardagsrummet, önskade ni.", "Klara av skolan med läxhjälp tisdagar.",
        "Ring Bris på 116 111 eller 112 om det är akut.", "Vi köpte en ny soffa 2026-03-01.",
        "Mötet hålls i Stockholm den 12 maj klockan 18.", "Socialsekreteraren kommer varje månad.",
        "Ni sa: Wifi på rummen. Vi gjorde: Nytt nätverk i Huset.", "Kontakta Region Stockholm om vården.",
        "Vi åker till Lund i sommar.", "Enhetschefen och Kontaktpersonen ansvarar.", "Hälften av er tycker så.",
        "Under 2025 gick 14 av 20 till fritids.", "Regler och rutiner ska bli tydligare", "Saga-kväll på fredag",
        "Dina svar är viktiga för oss.", "Sina egna regler har varje hem."})
    void screen_whenOrdinarySwedishSentence_findsNothing(String text) {
        assertThat(screener.screen(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vi pratade med Emma om maten.", "Ahmed vill spela fotboll.", "Fatimas rum är kallt.",
        "Anna-Karin tar hand om det.", "Ett samtal med Liv om skolan.", "Det var Max som sa det.",
        "Kalle Lindström ansvarar.", "Andersson ringer skolan.", "Mohammed och Sara vill ha fler utflykter."})
    void screen_whenName_findsName(String text) {
        assertThat(kinds(text)).as(text).contains(Finding.Kind.NAME);
    }

    @Test
    void screen_whenFirstNameAndSurname_findsOneSpanOverBoth() {
        String text = "Ansvarig: Per Holm.";
        List<Finding> findings = screener.screen(text);
        assertThat(findings).hasSize(1);
        assertThat(text.substring(findings.get(0).start(), findings.get(0).end())).isEqualTo("Per Holm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Barnet har personnummer 121212-1212.", "Född 201203151234 enligt papper",
        "nr 8112189876 står i journalen", "Samordningsnummer 010161-1234"})
    void screen_whenPersonalIdentityNumber_findsIt(String text) {
        assertThat(kinds(text)).as(text).containsExactly(Finding.Kind.PERSONAL_IDENTITY_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ring 070-123 45 67 om du vill", "Nummer: 0701234568", "Tel +46 70 123 45 67",
        "Kontoret 08-123 45 67", "ring 0046701234567"})
    void screen_whenPhoneNumber_findsIt(String text) {
        assertThat(kinds(text)).as(text).containsExactly(Finding.Kind.PHONE_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"skriv till kontakt@hemmet.se", "mejla barn.namn@gmail.com nu", "anna(at)hvb.se"})
    void screen_whenEmail_findsIt(String text) {
        assertThat(kinds(text)).as(text).contains(Finding.Kind.EMAIL);
    }

    @Test
    void screen_whenSocialMediaHandle_findsUsername() {
        assertThat(kinds("följ @kalle_2010 på insta")).containsExactly(Finding.Kind.USERNAME);
    }

    @Test
    void screen_whenSeveralKinds_returnsThemInOrder() {
        assertThat(kinds("Emma (070-111 22 33, emma@x.se) är född 100101-1234"))
                .containsExactly(Finding.Kind.NAME, Finding.Kind.PHONE_NUMBER, Finding.Kind.EMAIL,
                        Finding.Kind.PERSONAL_IDENTITY_NUMBER);
    }

    @Test
    void redact_replacesEveryFindingWithAPlaceholder() {
        assertThat(screener.redact("Emma sa att hon vill ringa 070-123 45 67 oftare."))
                .isEqualTo("[namn] sa att hon vill ringa [telefonnummer] oftare.");
        assertThat(screener.redact("Trygghet är viktigt")).isEqualTo("Trygghet är viktigt");
    }

    @Test
    void screen_whenNullOrBlank_findsNothing() {
        assertThat(screener.screen(null)).isEmpty();
        assertThat(screener.screen("  ")).isEmpty();
    }

    @Test
    void luhn_acceptsValidAndRejectsWrongCheckDigit() {
        assertThat(PersonalDataScreener.luhnValid("8112189876")).isTrue();
        assertThat(PersonalDataScreener.luhnValid("8112189875")).isFalse();
    }
}
