package se.lyssna.app.screens;

import se.lyssna.app.support.ViewModels;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.support.FakeBackend;

class ResultsViewModelTest {

    @Test
    void load_asksForTheUnitsLatestPublishedRound_andCarriesTheCouncilsActions() {
        try (ViewModelFixture f = new ViewModelFixture(false)) {
            ResultsViewModel vm = ViewModels.results(f.ctx, new Destination.Results(FakeBackend.ROUND,
                    FakeBackend.UNIT));
            vm.load();
            assertThat(vm.stateProperty().get()).isEqualTo(ResultsViewModel.State.LOADED);
            assertThat(f.backend.feedbackPaths()).containsExactly("/api/v1/feedback/units/" + FakeBackend.UNIT
                    + "/latest");
            assertThat(vm.feedbackProperty().get().actions()).singleElement()
                    .satisfies(a -> assertThat(a.area()).isEqualTo("trygghet"));
        }
    }

    @Test
    void load_byCode_asksTheBackendWithTheCodeInTheBody_andShowsTheUnitItBelongsTo() {
        try (ViewModelFixture f = new ViewModelFixture(false)) {
            ResultsViewModel vm = ViewModels.results(f.ctx, Destination.Results.ofCode(f.backend.usedCode()));
            vm.load();
            assertThat(vm.stateProperty().get()).isEqualTo(ResultsViewModel.State.LOADED);
            assertThat(f.backend.feedbackPaths()).containsExactly("/api/v1/feedback/by-code");
            assertThat(vm.feedbackProperty().get().unit().code()).isEqualTo(FakeBackend.UNIT);
        }
    }
}
