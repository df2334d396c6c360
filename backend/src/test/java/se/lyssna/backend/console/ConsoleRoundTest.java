package se.lyssna.backend.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.Answers;
import se.lyssna.backend.support.TestApi;

/**
 * The whole round as the survey body lives it, in a real Chromium against the real backend and a real OpenID
 * Connect provider: sign in on the provider's page, import units, open a round, print letters, follow answers
 * arriving through the API, void a lost letter, close, read the protected tables, download the exports.
 */
@QuarkusTest
@QuarkusTestResource(value = IdentityProviderResource.class, restrictToAnnotatedClass = true)
class ConsoleRoundTest {
    private static final Pattern CODE = Pattern.compile("\\b[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\\b");
    private static ConsoleBrowser browser;

    @TestHTTPResource("/console")
    URL console;

    @BeforeAll
    static void startBrowser() {
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void surveyBody_fieldsAWholeRound() throws IOException {
        Page page = browser.newPage(1);
        page.onDialog(dialog -> dialog.accept());
        ConsoleBrowser.signIn(page, console.toString(), "admin");
        assertThat(page.locator("h1")).hasText("Omgångar");
        assertThat(page.locator(".who")).containsText("Alva Admin");

        // Units: a file with a wrong line is refused with the line named; the corrected file is imported.
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        List<String> codes = List.of("0180-hvb-e2e-" + suffix, "0180-fh-e2e-" + suffix, "1480-sb-e2e-" + suffix);
        String header = "kod;namn;typ;kommun\n";
        String good = codes.get(0) + ";HVB Test " + suffix + ";hvb;0180\n" + codes.get(1) + ";Familjehem Test "
                + suffix + ";familjehem;0180\n";
        page.navigate(console + "/units");
        upload(page, header + good + codes.get(2) + ";Stödboende Test;stodboende;9999\n");
        Locator line4 = page.locator("#preview-table tr.line-error");
        assertThat(line4).hasCount(1);
        assertThat(line4.locator("td").first()).hasText("4");
        assertThat(line4).containsText("kommunkoden '9999'");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Läs in 3 enheter"))).hasCount(0);
        upload(page, header + good + codes.get(2) + ";Stödboende Test " + suffix + ";stodboende;1480\n");
        page.getByText("Läs in 3 enheter").click();
        assertThat(page.locator("#import-result")).containsText("3 enheter är inlästa");

        // Rounds: open a national round over the three units.
        page.navigate(console + "/rounds");
        String roundName = "E2E " + suffix;
        page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill(roundName);
        // One questionnaire per age band, the newest preselected; this round keeps 13-17 2026.1 only, the version
        // the children below answer.
        assertThat(page.getByLabel("ålder 7–12")).hasValue("national-7-12@2026.3");
        assertThat(page.getByLabel("ålder 18–21")).hasValue("national-18-21@2026.1");
        page.getByLabel("ålder 7–12").selectOption("");
        page.getByLabel("ålder 13–17").selectOption("national-13-17@2026.1");
        page.getByLabel("ålder 18–21").selectOption("");
        page.getByLabel("Enheter", new Page.GetByLabelOptions().setExact(true))
                .selectOption(codes.toArray(String[]::new));
        page.getByLabel("Stänger").fill(LocalDate.now().plusDays(30).toString());
        page.getByText("Öppna omgången").click();
        assertThat(page.locator("h1")).hasText(roundName);
        String roundUrl = page.url();
        UUID round = UUID.fromString(roundUrl.substring(roundUrl.lastIndexOf('/') + 1));

        // Codes: six letters for the HVB; the PDF holds one letter with a code per page.
        page.getByLabel("Enhet", new Page.GetByLabelOptions().setExact(true)).selectOption(codes.get(0));
        page.getByLabel("Antal brev").fill("6");
        page.getByText("Skapa koder och brev").click();
        List<String> letterCodes = lettersPdf(page.waitForDownload(() -> page.locator("#letters-result a").click()),
                6);
        assertThat(letterCodes).hasSize(6).doesNotHaveDuplicates();

        // Monitoring: hidden under the threshold, then (rounded) once five children have answered.
        page.navigate(roundUrl + "/monitoring");
        Locator hvbAnswers = page.locator("tr[data-unit='" + codes.get(0) + "'] td").nth(2);
        assertThat(hvbAnswers).containsText("dold för att skydda");
        for (int i = 0; i < 5; i++) {
            TestApi.submit(TestApi.submissionToken(letterCodes.get(i)), null, Answers.valid(i)).then()
                    .statusCode(201);
        }
        assertThat(hvbAnswers).hasText("≈ 10", new com.microsoft.playwright.assertions.LocatorAssertions
                .HasTextOptions().setTimeout(20_000));

        // Void: the unused sixth letter is lost; its code stops working and a new letter is made.
        page.navigate(roundUrl);
        page.getByLabel("Kod på brevet").fill(letterCodes.get(5));
        page.getByText("Makulera och skapa nytt brev").click();
        assertThat(page.locator("#void-result")).containsText("Koden är makulerad");
        List<String> reissued = lettersPdf(page.waitForDownload(() -> page.locator("#void-result a").click()), 1);
        TestApi.redeem(letterCodes.get(5)).then().statusCode(410);
        TestApi.redeem(reissued.get(0)).then().statusCode(201);
        // A used code that is voided keeps its answers counted.
        page.getByLabel("Kod på brevet").fill(letterCodes.get(0));
        page.getByText("Makulera och skapa nytt brev").click();
        assertThat(page.locator("#void-result")).containsText("räknas fortfarande");
        io.restassured.RestAssured.given().auth().oauth2(TestApi.adminToken())
                .get("/api/v1/admin/rounds/" + round + "/monitoring").then().statusCode(200)
                .body("units.find { it.unit == '" + codes.get(0) + "' }.codesUsed", org.hamcrest.Matchers.equalTo(5));

        // Close and publish: the preview counts what will be hidden; closing shows the tables.
        page.navigate(roundUrl + "/publish");
        assertThat(page.locator("#preview-heading")).isVisible();
        assertThat(page.locator("section.panel")).containsText("döljs av röjandeskyddet");
        page.getByText("Stäng omgången och publicera").click();
        assertThat(page.locator("#published-table")).isVisible();
        Locator emptyUnit = page.locator("#published-table tr[data-scope='unit:" + codes.get(1) + "']");
        assertThat(emptyUnit.locator("td.hidden-cell").first()).containsText("dold för att skydda");

        // Downloads: CSV, Excel and the PDF report, each what it says it is.
        String csv = Files.readString(page.waitForDownload(() -> page.getByText("Alla tabeller (CSV)").click())
                .path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("scope,code,name").contains(",protected").doesNotContain("too-few-answers");
        byte[] xlsx = Files.readAllBytes(page.waitForDownload(() -> page.getByText("Alla tabeller (Excel)").click())
                .path());
        assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        byte[] pdf = Files.readAllBytes(page.waitForDownload(() -> page.getByText("Rapport för hela landet (PDF)")
                .click()).path());
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        page.context().close();
    }

    @Test
    void facilitator_isRefusedEveryAdminPage() {
        UUID round = TestApi.openRound(TestApi.newCareUnit("hvb"));
        Page page = browser.newPage(1);
        ConsoleBrowser.signIn(page, console.toString(), "facilitator");
        for (String path : List.of("/rounds", "/rounds/" + round, "/rounds/" + round + "/monitoring",
                "/rounds/" + round + "/publish", "/rounds/" + round + "/export.csv", "/units", "/questionnaires",
                "/questionnaires/national-13-17/2026.1", "/questionnaires/national-13-17/diff")) {
            com.microsoft.playwright.Response response = page.navigate(console + path);
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(page.locator("h1")).hasText("Du har inte behörighet till den här sidan");
        }
        // Nor can it change anything, even with a matching CSRF cookie and header.
        String token = "x".repeat(43);
        page.context().addCookies(List.of(new com.microsoft.playwright.options.Cookie(CsrfGuard.COOKIE, token)
                .setUrl(console.toString())));
        assertThat(page.request().post(console + "/rounds/" + round + "/close",
                com.microsoft.playwright.options.RequestOptions.create().setHeader(CsrfGuard.HEADER, token))
                .status()).isEqualTo(403);
        page.context().close();
    }

    @Test
    void stateChangingRequest_withoutTheCsrfToken_isRefused() {
        UUID round = TestApi.openRound(TestApi.newCareUnit("hvb"));
        Page page = browser.newPage(1);
        ConsoleBrowser.signIn(page, console.toString(), "admin");
        page.navigate(console + "/rounds/" + round);
        var request = page.request();
        var forged = request.post(console + "/rounds/" + round + "/close");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.text()).contains("Formuläret kunde inte skickas");
        var wrong = request.post(console + "/rounds/" + round + "/close",
                com.microsoft.playwright.options.RequestOptions.create().setHeader(CsrfGuard.HEADER, "not-it"));
        assertThat(wrong.status()).isEqualTo(403);
        page.navigate(console + "/rounds/" + round + "/publish");
        assertThat(page.locator("#preview-heading")).isVisible();
        // Signing out ends the session at the provider too: the console asks for a sign-in again.
        page.getByText("Logga ut").click();
        assertThat(page.locator("h1")).hasText("Du är utloggad");
        page.navigate(console + "/rounds");
        assertThat(page.getByText("Logga in som admin")).isVisible();
        page.context().close();
    }

    @Test
    void console_inEnglish_whenChosen_remembered_andStillAccessible() {
        Page page = browser.newPage(1);
        ConsoleBrowser.signIn(page, console.toString(), "admin");
        page.navigate(console + "/rounds");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.locator("h1")).hasText("Omgångar");
        page.getByText("In English").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Rounds");
        assertThat(page.locator(".main-nav")).containsText("Questionnaires");
        String english = axe(page);
        // The choice is remembered on the next pages, problems included.
        page.navigate(console + "/questionnaires/national-13-17/2026.1?locale=sv");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).containsText(": preview");
        String preview = axe(page);
        page.navigate(console + "/rounds/" + UUID.randomUUID());
        assertThat(page.locator("h1")).hasText("It does not exist");
        page.getByText("På svenska").click();
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.locator("h1")).hasText("Det finns inte");
        assertThat(List.of(english, preview)).containsOnly("none");
        page.context().close();
    }

    @Test
    void questionnairePreview_drawsEveryPicture_withItsAltText() {
        Page page = browser.newPage(1);
        ConsoleBrowser.signIn(page, console.toString(), "admin");
        page.navigate(console + "/questionnaires/national-13-17/2026.1?locale=sv");
        Locator pictures = page.locator(".picture");
        assertThat(pictures.count()).isGreaterThan(10);
        for (int i = 0; i < pictures.count(); i++) {
            Locator picture = pictures.nth(i);
            Locator drawing = picture.locator("svg.pict[role=img]");
            assertThat(drawing).hasCount(1);
            assertThat(drawing).hasAttribute("aria-label", picture.locator("q").textContent());
            assertThat(drawing.locator("path").count()).as("shapes of picture " + i).isPositive();
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/console-pictures.png")));
        page.context().close();
    }

    @Test
    void everyPage_hasNoSeriousOrCriticalAccessibilityViolation() {
        String unit = TestApi.newCareUnit("hvb");
        UUID open = TestApi.openRound(unit);
        UUID closed = TestApi.openRound(unit);
        List<String> codes = TestApi.codes(closed, unit, 6);
        for (int i = 0; i < 5; i++) {
            TestApi.submit(TestApi.submissionToken(codes.get(i)), null, Answers.valid(i)).then().statusCode(201);
        }
        TestApi.closeRound(closed);
        Page page = browser.newPage(1);
        page.onDialog(dialog -> dialog.accept());
        ConsoleBrowser.signIn(page, console.toString(), "admin");
        List<String> checked = new ArrayList<>();
        for (String path : List.of("/rounds", "/rounds/" + open, "/rounds/" + open + "/monitoring",
                "/rounds/" + open + "/publish", "/rounds/" + closed + "/publish", "/rounds/" + closed + "/monitoring",
                "/units", "/questionnaires", "/questionnaires/national-13-17/2026.1?locale=sv",
                "/questionnaires/national-13-17/2026.1?locale=ar", "/questionnaires/national-13-17/diff",
                "/rounds/" + UUID.randomUUID())) {
            page.navigate(console + path);
            checked.add(path + ": " + axe(page));
        }
        // And the parts htmx adds: the letters, a CSV preview with errors, a problem alert.
        page.navigate(console + "/rounds/" + open);
        page.getByText("Skapa koder och brev").click();
        assertThat(page.locator("#letters-result a")).isVisible();
        page.getByLabel("Kod på brevet").fill("AAAA-AAAA-AAAA");
        page.getByText("Makulera och skapa nytt brev").click();
        assertThat(page.locator("#void-result .alert")).isVisible();
        checked.add("letters and problem alert: " + axe(page));
        page.navigate(console + "/units");
        upload(page, "kod;namn;typ;kommun\nbad code;;hvb;9999\n");
        checked.add("units preview: " + axe(page));
        assertThat(checked).allMatch(line -> line.endsWith(": none"), "no serious or critical violation");
    }

    @Test
    void surveyBody_readsTheAllAgesTable_andEachBandsOwn() {
        TestApi.BandedRound banded = TestApi.closedRoundOfThreeBands(20);
        Page page = browser.newPage(1);
        ConsoleBrowser.signIn(page, console.toString(), "admin");
        page.navigate(console + "/rounds/" + banded.round() + "/publish");
        Locator tables = page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION,
                new Page.GetByRoleOptions().setName("Vilka svar tabellen visar"));
        assertThat(tables.locator("a")).hasText(new String[] {"Alla åldrar", "7–12 år", "13–17 år", "18–21 år"});
        assertThat(tables.locator("a[aria-current='page']")).hasText("Alla åldrar");
        assertThat(page.locator("#published-table caption")).containsText("Alla åldrar");
        String allAges = page.locator("#published-table tr[data-scope='unit:" + banded.unit() + "']")
                .textContent();
        tables.getByText("7–12 år").click();
        assertThat(page.locator("#published-table caption")).containsText("7–12 år");
        assertThat(tables.locator("a[aria-current='page']")).hasText("7–12 år");
        org.assertj.core.api.Assertions.assertThat(page.locator("#published-table tr[data-scope='unit:"
                + banded.unit() + "']").textContent()).as("the band's own figures").isNotEqualTo(allAges);
        org.assertj.core.api.Assertions.assertThat(axe(page)).isEqualTo("none");
        page.locator("#tables-heading").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/console-bands.png")));
        page.context().close();
    }

    /** Serious and critical axe-core violations on the page, or "none". */
    private static String axe(Page page) {
        List<String> found = new com.deque.html.axecore.playwright.AxeBuilder(page).analyze().getViolations()
                .stream().filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        return found.isEmpty() ? "none" : String.join("; ", found);
    }

    private static void upload(Page page, String csv) {
        page.getByLabel("CSV-fil").setInputFiles(new FilePayload("enheter.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.getByText("Förhandsgranska").click();
        assertThat(page.locator("#preview-table")).isVisible();
    }

    /** The codes printed in a letters PDF, checking it has one page per letter. */
    private static List<String> lettersPdf(Download download, int letters) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(letters);
            List<String> codes = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= letters; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                Matcher matcher = CODE.matcher(stripper.getText(pdf));
                assertThat(matcher.find()).as("a code on page " + p).isTrue();
                codes.add(matcher.group());
            }
            return codes;
        }
    }
}
