package se.lyssna.app.screens.facilitator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lyssna.app.AppConfig;
import se.lyssna.app.AppContext;
import se.lyssna.app.AppContexts;
import se.lyssna.app.facilitator.AreaChart;
import se.lyssna.app.facilitator.Figure;
import se.lyssna.app.i18n.AppLanguage;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.sending.Backoff;
import se.lyssna.app.storage.InMemoryAppStorage;
import se.lyssna.app.support.FakeFacilitatorBackend;
import se.lyssna.app.support.SilentAudioPlayer;

/** The facilitator's view models without a window, everything on the calling thread, against a fake API. */
class FacilitatorViewModelTest {
    private final Messages m = Messages.facilitator(AppLanguage.SWEDISH);
    private final InMemoryAppStorage storage = new InMemoryAppStorage();
    private FakeFacilitatorBackend backend;
    private AppContext ctx;
    @TempDir
    Path downloads;

    @BeforeEach
    void setUp() {
        backend = new FakeFacilitatorBackend();
        AppConfig config = new AppConfig(backend.uri(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(downloads.toString()));
        ctx = AppContexts.create(config, storage, new SilentAudioPlayer(), Runnable::run,
                new Backoff(Duration.ofMillis(100), Duration.ofMillis(400)), Runnable::run);
    }

    @AfterEach
    void tearDown() {
        backend.close();
    }

    private void signIn() throws Exception {
        assertThat(ctx.facilitator().signIn("Bearer " + FakeFacilitatorBackend.TOKEN)).isTrue();
    }

    @Test
    void signIn_withATokenTheBackendRefuses_isRefusedAndNothingIsStored() {
        FacilitatorSignInViewModel vm = new FacilitatorSignInViewModel(adult(), m, () -> "not-a-token");
        vm.signIn();
        assertThat(vm.errorProperty().get()).isEqualTo(m.get("signin.refused"));
        assertThat(ctx.facilitator().signedIn()).isFalse();
        assertThat(ctx.navigator().current()).isInstanceOf(Destination.Start.class);
    }

    @Test
    void signIn_whenTheBrowserSignInFails_saysWhy_andStaysSignedOut() {
        FacilitatorSignInViewModel vm = new FacilitatorSignInViewModel(adult(), m, () -> {
            throw new se.lyssna.app.facilitator.SystemBrowserSignIn.SignInFailed("too slow");
        });
        vm.signIn();
        assertThat(vm.errorProperty().get()).isEqualTo(m.format("signin.failed", "too slow"));
        assertThat(ctx.facilitator().signedIn()).isFalse();
    }

    @Test
    void signIn_withTheProvidersToken_goesToTheFacilitatorsHome() {
        FacilitatorSignInViewModel vm = new FacilitatorSignInViewModel(adult(), m, () -> FakeFacilitatorBackend.TOKEN);
        vm.signIn();
        assertThat(ctx.facilitator().signedIn()).isTrue();
        assertThat(ctx.navigator().current()).isInstanceOf(Destination.FacilitatorHome.class);
    }

    @Test
    void demoSignIn_whenOffered_mintsTokenKeepsItInMemoryOnly() {
        FacilitatorSignInViewModel vm = new FacilitatorSignInViewModel(adult(), m, () -> {
            throw new AssertionError("the demo sign-in opens no browser");
        });
        vm.probeDemo();
        assertThat(vm.demoOfferedProperty().get()).isTrue();
        assertThat(vm.demoUnitList()).containsExactly(FacilitatorSignInViewModel.DEFAULT_DEMO_UNITS);
        vm.demoUnitsProperty().set(" a-unit,  b-unit ");
        assertThat(vm.demoUnitList()).containsExactly("a-unit", "b-unit");
        vm.demoSignIn();
        assertThat(ctx.facilitator().signedIn()).isTrue();
        assertThat(ctx.navigator().current()).isInstanceOf(Destination.FacilitatorHome.class);
        assertThat(storage.names()).isEmpty();
    }

    @Test
    void quickExit_signsTheFacilitatorOut() throws Exception {
        signIn();
        new se.lyssna.app.screens.ShellViewModel(ctx).quickExit();
        assertThat(ctx.facilitator().signedIn()).isFalse();
    }

    @Test
    void results_whenMunicipalityForbidden_showUnitAndNationWithTheRoundBefore() throws Exception {
        signIn();
        FacilitatorResultsViewModel vm = new FacilitatorResultsViewModel(adult(), m,
                new Destination.FacilitatorResults(FakeFacilitatorBackend.ROUND, FakeFacilitatorBackend.UNIT));
        vm.load();
        FacilitatorResultsViewModel.Loaded loaded = vm.loadedProperty().get();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(loaded.municipalityAvailable()).isFalse();
        assertThat(loaded.previousRound()).contains("2025");
        AreaChart bem = loaded.charts().get(0);
        assertThat(bem.bars()).extracting(AreaChart.Bar::series, AreaChart.Bar::current, AreaChart.Bar::figure)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AreaChart.Series.UNIT, true, new Figure.Shown(72, 40)),
                        org.assertj.core.groups.Tuple.tuple(AreaChart.Series.UNIT, false, new Figure.Shown(60, 30)),
                        org.assertj.core.groups.Tuple.tuple(AreaChart.Series.NATION, true, new Figure.Shown(65, 5200)),
                        org.assertj.core.groups.Tuple.tuple(AreaChart.Series.NATION, false, new Figure.Shown(63, 30)));
        AreaChart safety = loaded.charts().get(1);
        assertThat(safety.bars().get(0).figure()).isEqualTo(new Figure.Hidden("too-few-answers"));
        assertThat(safety.comparisonBreak()).isTrue();
        assertThat(Charts.valueText(safety.bars().get(0).figure(), m)).isEqualTo("Dold – för få svar");
    }

    @Test
    void breakdownByGender_showsEachGroupInWordsAndTheSuppressedGroupWithItsReason() throws Exception {
        signIn();
        FacilitatorResultsViewModel vm = results();
        assertThat(vm.breakdownProperty().get()).isNull();
        vm.breakDownBy("gender");
        FacilitatorResultsViewModel.Breakdown b = vm.breakdownProperty().get();
        assertThat(vm.breakdownStatusProperty().get()).isEmpty();
        assertThat(b.variable()).isEqualTo("gender");
        assertThat(b.areas()).extracting(FacilitatorResultsViewModel.AreaGroups::area)
                .containsExactly("bemotande", "trygghet");
        var bem = b.area("bemotande").orElseThrow().rows();
        assertThat(bem).extracting(FacilitatorResultsViewModel.GroupRow::label)
                .containsExactly("Tjej", "Kille", "Annat", "Ej angivet");
        assertThat(bem.get(0).figure()).isEqualTo(new Figure.Shown(80, 20));
        assertThat(bem.get(2).figure()).isEqualTo(new Figure.Hidden("too-few-answers"));
        assertThat(Charts.valueText(bem.get(2).figure(), m)).isEqualTo("Dold – för få svar");
        var safety = b.area("trygghet").orElseThrow().rows();
        assertThat(safety.get(3).figure()).isEqualTo(new Figure.Hidden("protects-another-figure"));
        assertThat(vm.breakdownLabel("gender")).isEqualTo("Kön");
        assertThat(vm.breakdownLabel(null)).isEqualTo("Ingen");

        vm.breakDownBy(null);
        assertThat(vm.breakdownProperty().get()).isNull();
    }

    @Test
    void breakdownLabels_ageBandsAsTheyArePlacementFormsInWords() throws Exception {
        signIn();
        FacilitatorResultsViewModel vm = results();
        vm.breakDownBy("age-band");
        assertThat(vm.breakdownProperty().get().area("bemotande").orElseThrow().rows())
                .extracting(FacilitatorResultsViewModel.GroupRow::label)
                .containsExactly("13-15", "16-17", "Vet inte", "Ej angivet");
        vm.breakDownBy("placement-form");
        assertThat(vm.breakdownProperty().get().area("trygghet").orElseThrow().rows())
                .extracting(FacilitatorResultsViewModel.GroupRow::label)
                .containsExactly("HVB", "Familjehem", "SiS", "Ej angivet");
        assertThat(vm.groupLabel("placement-form", "stodboende")).isEqualTo("Stödboende");
        assertThat(vm.groupLabel("placement-form", "eftervard")).isEqualTo("Eftervård");
        for (String variable : FacilitatorResultsViewModel.BREAKDOWNS) {
            assertThat(vm.breakdownLabel(variable)).isNotBlank();
            assertThat(Messages.facilitator(AppLanguage.ENGLISH).has("breakdown." + variable)).isTrue();
        }
    }

    @Test
    void freeTexts_areGroupedUnderTheirQuestion() throws Exception {
        signIn();
        FacilitatorResultsViewModel vm = results();
        var texts = vm.loadedProperty().get().freeTexts();
        assertThat(texts).extracting(FacilitatorResultsViewModel.FreeTexts::itemId)
                .containsExactly("free-text-other", "unknown-item");
        assertThat(texts.get(0).question()).isNotBlank();
        assertThat(texts.get(0).texts()).containsExactly("Personalen är snäll, särskilt [namn].",
                "Jag vill ha mer fickpengar.");
        assertThat(texts.get(1).question()).isNull();
        assertThat(m.get("freetexts.note")).contains("Namn och siffror");
    }

    private FacilitatorResultsViewModel results() {
        FacilitatorResultsViewModel vm = new FacilitatorResultsViewModel(adult(), m,
                new Destination.FacilitatorResults(FakeFacilitatorBackend.ROUND, FakeFacilitatorBackend.UNIT));
        vm.load();
        assertThat(vm.errorProperty().get()).isEmpty();
        return vm;
    }

    @Test
    void area_listsItemsWithLabelsAndMarksHiddenFigures() throws Exception {
        signIn();
        FacilitatorAreaViewModel vm = new FacilitatorAreaViewModel(adult(), m, new Destination.FacilitatorArea(
                FakeFacilitatorBackend.ROUND, FakeFacilitatorBackend.UNIT, "bemotande"));
        vm.load();
        var items = vm.itemsProperty().get();
        assertThat(items).extracting(FacilitatorAreaViewModel.ItemFigures::itemId)
                .containsExactly("bem-info-understand", "bem-tell-my-way");
        var first = items.get(0);
        assertThat(first.text()).isNotBlank().isNotEqualTo("bem-info-understand");
        assertThat(first.options().get(0).label()).isEqualTo("Håller helt med");
        assertThat(first.options().get(0).unit()).isEqualTo(new Figure.Shown(53, 8));
        assertThat(first.options().get(1).unit()).isEqualTo(new Figure.Hidden("protects-another-figure"));
        assertThat(items.get(1).hiddenReason()).isEqualTo("all-answered-alike");
        assertThat(Charts.reason("all-answered-alike", m)).isEqualTo("alla svarade lika");
    }

    @Test
    void saveAction_withChildsName_showsTheViolationAtTheFieldAndStoresNothing() throws Exception {
        signIn();
        FacilitatorActionsViewModel vm = actions();
        vm.areaProperty().set("trygghet");
        vm.youSaidProperty().set("Kim sa att dörren inte går att låsa");
        vm.weDecidedProperty().set("Lås på alla dörrar");
        vm.responsibleProperty().set("Föreståndaren");
        vm.save();
        assertThat(vm.fieldErrors()).containsOnlyKeys("youSaid");
        assertThat(vm.fieldErrors().get("youSaid")).contains("namn");
        assertThat(vm.youSaidProperty().get()).startsWith("Kim");   // kept for correcting
        assertThat(backend.actions()).isEmpty();

        vm.youSaidProperty().set("Vi vill kunna låsa våra rum");
        vm.statusProperty().set("in-progress");
        vm.save();
        assertThat(vm.fieldErrors()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo(m.get("actions.saved"));
        assertThat(backend.actions()).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("round", FakeFacilitatorBackend.ROUND).containsEntry("area", "trygghet")
                    .containsEntry("status", "in-progress").doesNotContainKey("item").doesNotContainKey("weDid");
        });
        assertThat(vm.actionsProperty().get()).hasSize(1);
    }

    @Test
    void changeStatus_toDoneWithoutWeDid_showsTheBackendsMessageOnTheAction() throws Exception {
        signIn();
        FacilitatorActionsViewModel vm = actions();
        vm.youSaidProperty().set("Mer fritid");
        vm.weDecidedProperty().set("Fotboll på tisdagar");
        vm.responsibleProperty().set("Fritidsledaren");
        vm.save();
        String id = vm.actionsProperty().get().get(0).id();
        vm.changeStatus(id, "done");
        assertThat(vm.actionErrors().get(id)).contains("Måste fyllas i när statusen är done");
        vm.changeStatus(id, "in-progress");
        assertThat(vm.actionErrors()).isEmpty();
        assertThat(vm.actionsProperty().get().get(0).status()).isEqualTo("in-progress");
    }

    @Test
    void meetingPdf_isSavedToDownloads() throws Exception {
        signIn();
        MeetingPdf pdf = actions().pdf();
        pdf.saveToDownloads();
        Path saved = downloads.resolve("lyssna-mote-" + FakeFacilitatorBackend.UNIT + ".pdf");
        assertThat(pdf.savedToProperty().get()).isEqualTo(saved.toString());
        assertThat(Files.readString(saved)).startsWith("%PDF-");
        assertThat(pdf.statusProperty().get()).startsWith("Sparat: ");
    }

    private FacilitatorActionsViewModel actions() {
        FacilitatorActionsViewModel vm = new FacilitatorActionsViewModel(adult(), m,
                new Destination.FacilitatorActions(FakeFacilitatorBackend.ROUND, FakeFacilitatorBackend.UNIT));
        vm.load();
        return vm;
    }

    private FacilitatorContext adult() {
        return new FacilitatorContext(ctx.facilitator(), ctx.navigator(), ctx.background(), ctx.ui(),
                ctx.config().downloads());
    }
}
