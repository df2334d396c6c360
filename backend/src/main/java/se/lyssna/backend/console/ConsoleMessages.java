package se.lyssna.backend.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's words, Swedish by default ({@code msg:} in templates); the English ones are in
 * {@code messages/msg_en.properties}. Qute checks at build time that every key and parameter exists.
 */
@MessageBundle(value = "msg", locale = "sv")
public interface ConsoleMessages {
    @Message("sv")
    String lang();

    @Message("Konsol")
    String console();

    @Message("Hoppa till innehållet")
    String skip();

    @Message("konsol för undersökningsorganet")
    String brandSub();

    @Message("Inloggad som")
    String signedInAs();

    @Message("Logga ut")
    String signOut();

    @Message("Konsolen")
    String navConsole();

    @Message("Omgångar")
    String rounds();

    @Message("Enheter")
    String units();

    @Message("Enkäter")
    String questionnaires();

    @Message("Lyssna – anonym nationell undersökning. Inga siffror om färre barn än omgångens tröskel visas.")
    String footer();

    @Message("Kalender")
    String calendar();

    @Message("Omgång")
    String round();

    @Message("öppen")
    String openMonth();

    @Message("Inga omgångar detta år.")
    String noRoundsThisYear();

    @Message("Alla omgångar")
    String allRounds();

    @Message("Namn")
    String name();

    @Message("Enkät")
    String questionnaire();

    @Message("Öppnar")
    String opensOn();

    @Message("Stänger")
    String closesOn();

    @Message("Tröskel")
    String threshold();

    @Message("Läge")
    String state();

    @Message("Inga omgångar ännu.")
    String noRounds();

    @Message("Öppna en nationell omgång")
    String openRoundHeading();

    @Message("t.ex. Lyssna 2027")
    String namePlaceholder();

    @Message("Enkät per åldersgrupp")
    String questionnairePerBand();

    @Message("Varje barn får enkäten för sin ålder från samma brev. Välj ingen för en åldersgrupp som inte ska "
            + "vara med.")
    String questionnairePerBandHint();

    @Message("ingen")
    String noBand();

    @Message("ålder {from}–{to}")
    String ages(int from, int to);

    @Message("Välj flera med Ctrl eller Skift. En kommun räknar med sina egna placeringar; vårdenheter räknas "
            + "till sin kommun.")
    String unitsHint();

    @Message("kommunen")
    String theMunicipality();

    @Message("Tröskel (minst 3)")
    String thresholdMin();

    @Message("Ingen siffra visas om färre barn än så.")
    String thresholdHint();

    @Message("Öppna omgången")
    String openRound();

    @Message("Koder per enhet")
    String codesPerUnit();

    @Message("Enhet")
    String unit();

    @Message("Kod")
    String code();

    @Message("Utdelade koder")
    String codesIssued();

    @Message("Omgången är stängd. Inga nya koder kan skapas.")
    String closedNoCodes();

    @Message("Skapa kodbrev")
    String createLetters();

    @Message("Varje brev har en kod och en QR-kod. Koderna sparas bara som kontrollsummor: de visas en gång, i breven.")
    String lettersHint();

    @Message("Antal brev")
    String letterCount();

    @Message("Skapa koder och brev")
    String createCodesAndLetters();

    @Message("Makulera ett borttappat brev")
    String voidHeading();

    @Message("Skriv koden från brevet som kommit bort. Koden kan sedan aldrig användas, och ett nytt brev "
            + "skapas för samma enhet. Svar som redan skickats med koden räknas fortfarande.")
    String voidHint();

    @Message("Makulera koden? Det går inte att ångra.")
    String voidConfirm();

    @Message("Kod på brevet")
    String codeOnLetter();

    @Message("Makulera och skapa nytt brev")
    String voidAndReissue();

    @Message("Omgången")
    String theRound();

    @Message("Översikt och koder")
    String tabCodes();

    @Message("Uppföljning")
    String tabMonitoring();

    @Message("Stäng och publicera")
    String tabPublish();

    @Message("Öppen")
    String openPeriod();

    @Message("{n} barn (färre än så visas aldrig)")
    String thresholdChildren(Object n);

    @Message("uppföljning")
    String monitoringLower();

    @Message("Antal svar avrundas till tiotal och visas inte alls om färre än {threshold} barn svarat, precis "
            + "som i resultat-API:t. Svarsfrekvensen räknas på det avrundade talet. Sidan uppdateras av sig "
            + "själv.")
    String monitoringHint(int threshold);

    @Message("Svar per kommun och enhet")
    String answersPerUnit();

    @Message("Kommun eller enhet")
    String municipalityOrUnit();

    @Message("Makulerade")
    String voided();

    @Message("Svar")
    String answers();

    @Message("Svarsfrekvens")
    String responseRate();

    @Message("kommun")
    String municipalityLower();

    @Message("Svar per dag (hela landet)")
    String answersPerDayNation();

    @Message("Stapeldiagram över antal svar per dag; samma siffror står i tabellen nedan.")
    String chartDesc();

    @Message("Svar per dag")
    String answersPerDay();

    @Message("Dag")
    String day();

    @Message("Inga svar har räknats in ännu. Svar räknas in i omgångar om minst fem, så att ingen kan se vem "
            + "som svarade när.")
    String noAnswersYet();

    @Message("stäng och publicera")
    String publishLower();

    @Message("Förhandsvisning")
    String preview();

    @Message("Om omgången stängs nu publiceras {figures} uppgifter. {hidden} av dem döljs av röjandeskyddet:")
    String previewLead(int figures, int hidden);

    @Message("Dolda uppgifter per skäl")
    String hiddenPerReason();

    @Message("Skäl")
    String reason();

    @Message("Antal")
    String count();

    @Message("Ingen uppgift behöver döljas.")
    String nothingHidden();

    @Message("Förhandsvisningen är den riktiga beräkningen, men inget sparas förrän du stänger. När omgången "
            + "är stängd kan inga fler svar skickas och resultaten fryses.")
    String previewHint();

    @Message("Stänga omgången {name}? Inga fler svar kan skickas efteråt.")
    String closeConfirm(String name);

    @Message("Stäng omgången och publicera")
    String closeAndPublish();

    @Message("Ladda ner")
    String download();

    @Message("Alla tabeller (CSV)")
    String allTablesCsv();

    @Message("Alla tabeller (Excel)")
    String allTablesXlsx();

    @Message("Rapport för hela landet (PDF)")
    String reportNation();

    @Message("Rapport för {name} (PDF)")
    String reportFor(String name);

    @Message("Publicerade resultat")
    String publishedResults();

    @Message("Vilka svar tabellen visar")
    String tablesNav();

    @Message("Alla åldrar")
    String allAges();

    @Message("{band} år")
    String bandYears(String band);

    @Message("Alla åldrar räknar varje område med svaren från alla åldersgrupper. En åldersgrupps egen tabell visas"
            + " bara för kommuner, enheter och riket med minst åtta gånger tröskeln i utdelade koder.")
    String tablesHint();

    @Message("Andel positiva svar per område. En cell med")
    String publishedHintA();

    @Message("är dold: uppgiften publiceras inte, och cellen säger varför.")
    String publishedHintB();

    @Message("skäl")
    String reasonLower();

    @Message("Index per område (procent positiva svar)")
    String indexPerArea();

    @Message("Svarande")
    String respondents();

    @Message("Trender för hela landet")
    String trendsNation();

    @Message("Andel positiva svar per område och omgång")
    String trendsCaption();

    @Message("Område")
    String area();

    @Message("brott i serien")
    String seriesBreak();

    @Message("Brukarrådens åtgärder")
    String councilActions();

    @Message("{with} av {of} enheter har skrivit in åtgärder.")
    String unitsWithActions(long with, Object of);

    @Message("Enheter med åtgärder per område")
    String actionsCaption();

    @Message("Planerade")
    String planned();

    @Message("Pågår")
    String inProgress();

    @Message("Klara")
    String done();

    @Message("Publicerade versioner")
    String publishedVersions();

    @Message("Ålder")
    String age();

    @Message("Frågor")
    String items();

    @Message("Förhandsvisa på")
    String previewIn();

    @Message("{from}–{to} år")
    String years(int from, int to);

    @Message("Jämför versioner")
    String compareVersions();

    @Message("Visar vilka frågor som går att jämföra över åren (samma fråga, samma betydelse) och var serien bryts.")
    String compareHint();

    @Message("Från version")
    String fromVersion();

    @Message("Till version")
    String toVersion();

    @Message("Jämför")
    String compare();

    @Message("Alla enkäter")
    String allQuestionnaires();

    @Message("förhandsvisning")
    String previewLower();

    @Message("Språk")
    String language();

    @Message("Uppläsning:")
    String readAloud();

    @Message("Läs upp frågan {id}")
    String readAloudItem(String id);

    @Message("Jämförelse")
    String comparison();

    @Message("{from} jämfört med {to}")
    String comparedWith(String from, String to);

    @Message("{n} av {of} frågor går att jämföra mellan versionerna.")
    String comparableCount(int n, int of);

    @Message("Frågor och jämförbarhet")
    String diffCaption();

    @Message("Fråga")
    String item();

    @Message("Jämförbarhet")
    String comparability();

    @Message("Varför")
    String why();

    @Message("Ändringar som bryter mot reglerna")
    String ruleBreaks();

    @Message("{municipalities} kommuner (från den officiella listan) och {careUnits} vårdenheter: familjehem, "
            + "HVB, stödboenden, SiS-hem och vårdgivare. En vårdenhet räknas till sin kommun.")
    String unitsLead(long municipalities, long careUnits);

    @Message("Läs in vårdenheter från CSV")
    String importHeading();

    @Message("En rad per enhet:")
    String csvHintA();

    @Message("Typ är familjehem, hvb, stodboende, sis eller provider; kommun är kommunkoden, t.ex. 0180. Du "
            + "får se varje rad innan något sparas.")
    String csvHintB();

    @Message("CSV-fil")
    String csvFile();

    @Message("Förhandsgranska")
    String previewButton();

    @Message("Vårdenheter per kommun")
    String careUnitsPerMunicipality();

    @Message("Vårdenheter i {name}")
    String careUnitsIn(String name);

    @Message("Typ")
    String kind();

    @Message("Inga vårdenheter ännu.")
    String noCareUnits();

    @Message("Visa alla enheter")
    String showAllUnits();

    @Message("{n} enheter är inlästa.")
    String importedCount(int n);

    @Message("{n} rad(er) kan läsas in")
    String linesValid(int n);

    @Message(", {n} har fel")
    String linesInvalid(int n);

    @Message("Rätta raderna i filen och läs in den igen; inget sparas så länge någon rad har fel.")
    String fixLines();

    @Message("Förhandsgranskning")
    String previewCaption();

    @Message("Rad")
    String line();

    @Message("Kommun")
    String municipality();

    @Message("Resultat")
    String result();

    @Message("Läs in {n} enheter")
    String importN(int n);

    @Message("Ladda ner {n} brev (PDF)")
    String downloadLetters(int n);

    @Message("Till omgångarna")
    String toRounds();

    @Message("Utloggad")
    String signedOutTitle();

    @Message("Du är utloggad")
    String signedOutHeading();

    @Message("Du är utloggad från konsolen och från inloggningstjänsten.")
    String signedOutText();

    @Message("Logga in igen")
    String signInAgain();

    @Message("Pågår")
    String stateOpen();

    @Message("Planerad")
    String stateScheduled();

    @Message("Stängd")
    String stateClosed();

    @Message("svenska")
    String localeSv();

    @Message("lätt svenska")
    String localeEasy();

    @Message("engelska")
    String localeEn();

    @Message("arabiska")
    String localeAr();

    @Message("Jämförbar")
    String comparable();

    @Message("Brott i serien")
    String seriesBreakTitle();

    @Message("Ny fråga")
    String added();

    @Message("Borttagen")
    String removed();

    @Message("dold för att skydda barnens anonymitet")
    String hiddenReason();

    @Message("Något i formuläret stämmer inte")
    String problemForm();

    @Message("Du behöver logga in")
    String problem401();

    @Message("Du har inte behörighet till den här sidan")
    String problem403();

    @Message("Det finns inte")
    String problem404();

    @Message("Det går inte just nu")
    String problem409();

    @Message("Omgången är stängd")
    String problem410();

    @Message("Filen är för stor")
    String problem413();

    @Message("Något gick fel hos oss")
    String problemOther();

    @Message("Formuläret kunde inte skickas")
    String csrfTitle();

    @Message("Sidan var för gammal eller kom inte från konsolen. Ladda om sidan och försök igen.")
    String csrfDetail();

    @Message("Bild:")
    String pictureLabel();

    @Message("Alt-text:")
    String altText();

    @Message("Bemötande")
    String areaBemotande();

    @Message("Delaktighet")
    String areaDelaktighet();

    @Message("Sociala relationer")
    String areaSocialaRelationer();

    @Message("Trygghet")
    String areaTrygghet();

    @Message("Hälsa och omsorg")
    String areaHalsaOmsorg();

    @Message("Utbildning")
    String areaUtbildning();

    @Message("Fritid")
    String areaFritid();

    @Message("Självständighet")
    String areaSjalvstandighet();

    @Message("jan feb mar apr maj jun jul aug sep okt nov dec")
    String months();
}
