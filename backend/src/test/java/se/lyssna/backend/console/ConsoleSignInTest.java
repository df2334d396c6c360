package se.lyssna.backend.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IdentityProviderResource.class, restrictToAnnotatedClass = true)
class ConsoleSignInTest {
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
    void admin_signsInThroughTheProvider_seesRounds() {
        Page page = browser.newPage(1);
        ConsoleBrowser.signIn(page, console.toString(), "admin");
        assertThat(page.locator("h1").textContent()).isEqualTo("Omgångar");
        assertThat(page.locator(".who").textContent()).contains("Alva Admin");
    }

    @Test
    void facilitator_isRefused() {
        Page page = browser.newPage(1);
        ConsoleBrowser.signIn(page, console.toString(), "facilitator");
        Response rounds = page.navigate(console + "/rounds");
        assertThat(rounds.status()).isEqualTo(403);
        assertThat(page.locator("h1").textContent()).isEqualTo("Du har inte behörighet till den här sidan");
    }
}
