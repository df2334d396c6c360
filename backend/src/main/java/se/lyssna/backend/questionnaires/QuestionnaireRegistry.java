package se.lyssna.backend.questionnaires;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import se.lyssna.backend.problem.ApiProblem;
import se.lyssna.definitions.ContentHash;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireCatalog;

/**
 * The validated questionnaires bundled with survey-definitions, and their rows in the database. Loading fails the
 * start when a questionnaire is invalid, or when a published version already used differs from what is stored.
 */
@ApplicationScoped
public class QuestionnaireRegistry {
    private static final Logger LOG = Logger.getLogger(QuestionnaireRegistry.class);

    private final QuestionnaireVersionRepository versions;
    private final QuestionnaireCatalog catalog = QuestionnaireCatalog.fromClasspath();
    // A published version's row never changes its key, version or ID, and the catalogue is fixed at start; every
    // child's redeem and submit asked the database for both mappings (bench/README.md).
    private final Map<String, UUID> ids = new ConcurrentHashMap<>();
    private final Map<UUID, Questionnaire> byId = new ConcurrentHashMap<>();

    QuestionnaireRegistry(QuestionnaireVersionRepository versions) {
        this.versions = versions;
    }

    @Transactional
    void record(@Observes StartupEvent start) {
        for (Questionnaire questionnaire : catalog.all()) {
            String hash = ContentHash.of(questionnaire);
            Optional<QuestionnaireVersionEntity> stored = versions.findByKeyAndVersion(questionnaire.key(),
                    questionnaire.version());
            if (stored.isEmpty()) {
                versions.persist(new QuestionnaireVersionEntity(questionnaire, hash));
            } else if (!stored.get().contentHash().equals(hash)) {
                if ("PUBLISHED".equals(stored.get().status())) {
                    throw new IllegalStateException("Published questionnaire " + questionnaire.id()
                            + " differs from the version recorded in the database; publish a new version instead");
                }
                stored.get().update(questionnaire, hash);
            }
        }
        LOG.infof("Serving %d questionnaire version(s)", catalog.all().size());
    }

    public List<Questionnaire> published() {
        return catalog.published();
    }

    public Questionnaire require(String key, String version) {
        return catalog.find(key, version).filter(Questionnaire::isPublished).orElseThrow(() -> ApiProblem.notFound(
                catalog.versionsOf(key).isEmpty() ? "No questionnaire with key '" + key + "'"
                        : "Questionnaire '" + key + "' has no published version '" + version + "'"));
    }

    /** The database ID of a published version, for rounds and responses to refer to. */
    public UUID idOf(Questionnaire questionnaire) {
        UUID known = ids.get(questionnaire.id());
        if (known != null) {
            return known;
        }
        UUID id = versions.findByKeyAndVersion(questionnaire.key(), questionnaire.version())
                .orElseThrow(() -> new IllegalStateException("not recorded: " + questionnaire.id())).id();
        ids.put(questionnaire.id(), id);
        return id;
    }

    public Questionnaire byId(UUID id) {
        Questionnaire known = byId.get(id);
        if (known != null) {
            return known;
        }
        QuestionnaireVersionEntity entity = versions.findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("No questionnaire version " + id));
        Questionnaire questionnaire = require(entity.key(), entity.version());
        byId.put(id, questionnaire);
        return questionnaire;
    }

    public QuestionnaireCatalog catalog() {
        return catalog;
    }
}
