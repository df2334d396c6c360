package se.lyssna.app.screens;

import se.lyssna.app.support.ViewModels;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.lyssna.app.nav.Destination;

class CodeEntryViewModelTest {
    private final ViewModelFixture f = new ViewModelFixture(false);
    private final CodeEntryViewModel vm = ViewModels.code(f.ctx);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void submit_whenCodeUnknown_showsUnknownAndStays() {
        f.ctx.navigator().go(new Destination.CodeEntry());
        vm.codeProperty().set("ZZZZ-ZZZZ-ZZZZ");
        vm.submit();
        assertThat(vm.errorProperty().get()).isEqualTo(CodeError.UNKNOWN);
        assertThat(f.ctx.navigator().current()).isInstanceOf(Destination.CodeEntry.class);
        assertThat(f.ctx.session().active()).isFalse();
    }

    @Test
    void submit_whenTooShort_asksForTheWholeCodeWithoutCallingTheBackend() {
        vm.codeProperty().set("ab");
        vm.submit();
        assertThat(vm.errorProperty().get()).isEqualTo(CodeError.TOO_SHORT);
    }

    @Test
    void submit_whenLowerCaseWithSpaces_startsTheSurvey() {
        String code = f.backend.newCode().toLowerCase().replace("-", " ");
        vm.codeProperty().set("  " + code + " ");
        vm.submit();
        assertThat(vm.errorProperty().get()).isEqualTo(CodeError.NONE);
        assertThat(f.ctx.navigator().current()).isInstanceOf(Destination.About.class);
        assertThat(f.ctx.session().visibleQuestions()).isNotEmpty();
        assertThat(f.storage.names()).containsExactly("progress.json");
    }

    @Test
    void typing_afterAnError_clearsIt() {
        vm.codeProperty().set("ab");
        vm.submit();
        vm.codeProperty().set("abc");
        assertThat(vm.errorProperty().get()).isEqualTo(CodeError.NONE);
    }

    @Test
    void usedCode_opensItsUnitsResultsByCode_withoutTheAppKnowingTheUnit() {
        String used = f.backend.usedCode();
        vm.codeProperty().set(used.toLowerCase());
        assertThat(vm.canShowResults().get()).isFalse();
        vm.submit();
        assertThat(vm.errorProperty().get()).isEqualTo(CodeError.USED);
        assertThat(vm.canShowResults().get()).isTrue();
        vm.showResults();
        assertThat(f.ctx.navigator().current()).isEqualTo(Destination.Results.ofCode(used.replace("-", "")));
        assertThat(f.ctx.navigator().current().toString()).doesNotContain(used.replace("-", ""));
        assertThat(f.storage.names()).isEmpty();
    }

    @Test
    void unknownCode_offersNoResults() {
        vm.codeProperty().set("ZZZZ-ZZZZ-ZZZZ");
        vm.submit();
        assertThat(vm.canShowResults().get()).isFalse();
        vm.showResults();
        assertThat(f.ctx.navigator().current()).isNotInstanceOf(Destination.Results.class);
    }

    @Test
    void submit_whenBackendDown_saysOffline() {
        f.backend.stop();
        vm.codeProperty().set("ABCD-EFGH-JKLM");
        vm.submit();
        assertThat(vm.errorProperty().get()).isEqualTo(CodeError.OFFLINE);
    }
}
