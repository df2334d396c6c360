package se.lyssna.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real questionnaires in {@code questionnaires/}: they load, keep every rule and are locked once published. */
class BundledQuestionnairesTest {

    private static final Path DIRECTORY = Path.of("questionnaires");
    private static final List<String> LOCALES = List.of("sv", "sv-x-easy", "en", "ar");

    private static QuestionnaireCatalog catalog;

    @BeforeAll
    static void load() {
        // Throws InvalidQuestionnaireException listing every violation of every file when anything is wrong.
        catalog = QuestionnaireCatalog.fromDirectory(DIRECTORY);
    }

    private static List<Questionnaire> national() {
        return catalog.all().stream().filter(Questionnaire::national).toList();
    }

    @Test
    void catalog_hasNationalQuestionnairesForEveryAgeBand() {
        assertThat(national()).extracting(Questionnaire::ageBand)
                .contains(new AgeBand(7, 12), new AgeBand(13, 17), new AgeBand(18, 21));
    }

    @Test
    void catalog_nationalQuestionnairesCoverEveryAreaAndSubArea() {
        for (Questionnaire q : national()) {
            Set<String> covered = new HashSet<>();
            q.items().forEach(i -> covered.add(i.area().orElse("") + "/" + i.subArea().orElse("")));
            for (Area area : Area.values()) {
                area.subAreas().forEach(sub -> assertThat(covered).as(q.id()).contains(area.key() + "/" + sub));
            }
        }
    }

    @Test
    void catalog_nationalQuestionnairesDeclareEveryLocaleAndHaveEveryText() {
        QuestionnaireValidator validator = new QuestionnaireValidator();
        for (Questionnaire q : national()) {
            assertThat(q.locales()).as(q.id()).containsExactlyInAnyOrderElementsOf(LOCALES);
            assertThat(q.sourceLocale()).contains("sv");
            assertThat(validator.validate(q.fileName(), q)).as(q.id()).isEmpty();
        }
    }

    @Test
    void catalog_everyPublishedVersionIsLocked() {
        PublishedLock lock = PublishedLock.read(DIRECTORY.resolve(PublishedLock.FILE_NAME));

        assertThat(lock.check(catalog.all())).isEmpty();
        catalog.published().forEach(q -> assertThat(lock.hashOf(q.key(), q.version())).as(q.id()).isPresent());
    }

    @Test
    void fromClasspath_loadsTheSameQuestionnaires() {
        assertThat(QuestionnaireCatalog.fromClasspath().all()).extracting(Questionnaire::id)
                .containsExactlyElementsOf(catalog.all().stream().map(Questionnaire::id).toList());
    }
}
