package se.lyssna.backend.console;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Screenshots of the console's pages against a running backend and identity provider, signed in as the demo
 * admin: {@code main <console-url> <out-dir> [round-id]}. The docs/console pictures are made with it.
 */
public final class ConsoleScreenshots {
    private ConsoleScreenshots() {
    }

    /** The parts that htmx adds: a CSV preview with a wrong line, and letters just made. */
    private static void interactions(Page page, String console, String round, Path out) {
        page.navigate(console + "/units");
        page.getByLabel("CSV-fil").setInputFiles(new com.microsoft.playwright.options.FilePayload("enheter.csv",
                "text/csv", ("kod;namn;typ;kommun\n0180-hvb-bjorken;HVB Björken;hvb;0180\n"
                        + "0180-fh-linden;Familjehem Linden;familjehem;0180\n1480-sb-kajen;Stödboende Kajen;"
                        + "stodboende;9999\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.getByText("Förhandsgranska").click();
        page.locator("#preview-table").waitFor();
        page.locator("#import-heading").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("units-import-preview.png")));
        if (round != null) {
            page.navigate(console + "/rounds/" + round);
            page.getByLabel("Antal brev").fill("3");
            page.getByText("Skapa koder och brev").click();
            page.locator("#letters-result a").waitFor();
            page.locator("#letters-heading").scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("round-letters.png")));
        }
    }

    /** The language switch: two pages in English, then back to Swedish (the choice is kept in a cookie). */
    private static void english(Page page, String console, Path out) {
        page.navigate(console + "/rounds?lang=en");
        page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("rounds-en.png")).setFullPage(true)
                .setClip(0, 0, 1280, 1400));
        page.navigate(console + "/questionnaires/national-13-17/2026.1?locale=en");
        page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("questionnaire-preview-en.png"))
                .setFullPage(true).setClip(0, 0, 1280, 1400));
        page.navigate(console + "/rounds?lang=sv");
    }

    public static void main(String[] args) {
        String console = args[0];
        Path out = Path.of(args[1]);
        String round = args.length > 2 ? args[2] : null;
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("rounds", "/rounds");
        if (round != null) {
            pages.put("round-codes", "/rounds/" + round);
            pages.put("monitoring", "/rounds/" + round + "/monitoring");
            pages.put("publish", "/rounds/" + round + "/publish");
        }
        if (args.length > 3) {
            pages.put("published", "/rounds/" + args[3] + "/publish");
        }
        pages.put("units", "/units");
        pages.put("questionnaires", "/questionnaires");
        pages.put("questionnaire-preview", "/questionnaires/national-13-17/2026.1?locale=sv");
        pages.put("questionnaire-preview-ar", "/questionnaires/national-13-17/2026.1?locale=ar");
        pages.put("diff", "/questionnaires/national-13-17/diff");
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            for (double zoom : new double[] {1, 2}) {
                Page page = browser.newPage(zoom);
                ConsoleBrowser.signIn(page, console, "admin");
                for (Map.Entry<String, String> entry : pages.entrySet()) {
                    if (zoom == 2 && !entry.getKey().equals("rounds") && !entry.getKey().equals("monitoring")) {
                        continue;
                    }
                    page.navigate(console + entry.getValue());
                    String name = entry.getKey() + (zoom == 2 ? "-200pct" : "") + ".png";
                    // Long pages (a questionnaire has 60 items) are cut at 2,400 px, which shows their pattern.
                    double height = Math.min(2400 / zoom, ((Number) page.evaluate(
                            "document.documentElement.scrollHeight")).doubleValue());
                    page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name)).setFullPage(true)
                            .setClip(0, 0, 1280 / zoom, height));
                    System.out.println("[screenshot] " + out.resolve(name));
                }
                if (zoom == 1) {
                    interactions(page, console, round, out);
                    english(page, console, out);
                }
                page.context().close();
            }
        }
    }
}
