package se.lyssna.backend.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright for Java, with Node from the machine (no bundled driver or browser
 * download). The flags keep Chromium from calling out, which the closed network would refuse.
 */
public final class ConsoleBrowser implements AutoCloseable {
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private final Playwright playwright;
    private final Browser browser;

    public ConsoleBrowser() {
        Map<String, String> env = Map.of("PLAYWRIGHT_NODEJS_PATH", onPath("node"),
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(onPath("chromium"))).setArgs(ARGS).setHeadless(true));
    }

    /**
     * A fresh context (no cookies) in a 1280 px wide window, downloads allowed. A zoom of 2 is the browser's 200 %:
     * the page is laid out in half the CSS pixels and drawn at twice the density.
     */
    public Page newPage(double zoom) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize((int) (1280 / zoom), (int) (900 / zoom))
                .setDeviceScaleFactor(zoom).setAcceptDownloads(true).setLocale("sv-SE"));
        return context.newPage();
    }

    /** Signs in through the identity provider's login page as one of its demo users. */
    public static void signIn(Page page, String consoleUrl, String user) {
        page.navigate(consoleUrl);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Logga in som " + user)).click();
        page.waitForURL(url -> url.contains("/console"));
    }

    private static String onPath(String command) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            File file = new File(dir, command);
            if (file.canExecute()) {
                return file.getAbsolutePath();
            }
        }
        throw new IllegalStateException(command + " is not on PATH; run scripts/setup.sh");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
