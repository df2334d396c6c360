package se.lyssna.app.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.lyssna.app.nav.AppLink;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.support.ViewModels;

/** The code letter's QR link opens the code screen with the code filled in, and never discards answers. */
class AppLinkStartTest {

    @Test
    void code_ofTheLettersLink_isTheCode_andOtherLinksGiveNothing() {
        assertThat(AppLink.code("https://lyssna.se/svara?kod=ABCD-EFGH-JKLM")).contains("ABCD-EFGH-JKLM");
        assertThat(AppLink.code("https://lyssna.se/svara?x=1&kod=abcd%20efgh")).contains("abcd efgh");
        assertThat(AppLink.code("https://lyssna.se/svara")).isEmpty();
        assertThat(AppLink.code("https://lyssna.se/svara?kod=<script>")).isEmpty();
        assertThat(AppLink.code("not a link")).isEmpty();
        assertThat(AppLink.code(null)).isEmpty();
    }

    @Test
    void startUp_withALink_opensTheCodeScreenWithTheCode() {
        try (ViewModelFixture f = new ViewModelFixture(false)) {
            new ShellViewModel(f.ctx).startUp(AppLink.code("https://lyssna.se/svara?kod=ABCD-EFGH-JKLM"));
            assertThat(f.ctx.navigator().current()).isEqualTo(new Destination.CodeEntry("ABCD-EFGH-JKLM"));
        }
    }

    @Test
    void startUp_withALink_keepsAnswersInProgress() {
        try (ViewModelFixture f = new ViewModelFixture(false)) {
            f.started();
            ViewModels.about(f.ctx).begin();
            new ShellViewModel(f.ctx).startUp(Optional.of("ABCD-EFGH-JKLM"));
            assertThat(f.ctx.navigator().current()).isInstanceOf(Destination.About.class);
        }
    }
}
