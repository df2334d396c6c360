package se.lyssna.backend.questionnaires;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class QuestionnaireVersionRepository implements PanacheRepositoryBase<QuestionnaireVersionEntity, UUID> {

    public Optional<QuestionnaireVersionEntity> findByKeyAndVersion(String key, String version) {
        return find("key = ?1 and version = ?2", key, version).firstResultOptional();
    }
}
