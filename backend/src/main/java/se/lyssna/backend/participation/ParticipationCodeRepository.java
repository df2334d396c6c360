package se.lyssna.backend.participation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ParticipationCodeRepository implements PanacheRepositoryBase<ParticipationCodeEntity, UUID> {

    public Optional<ParticipationCodeEntity> findByHash(byte[] hash) {
        return find("codeHash", hash).firstResultOptional();
    }

    public long countIssued(UUID roundId, UUID unitId) {
        return count("roundId = ?1 and unitId = ?2", roundId, unitId);
    }

    public long countVoided(UUID roundId, UUID unitId) {
        return count("roundId = ?1 and unitId = ?2 and voided = true", roundId, unitId);
    }

    public long countUsed(UUID roundId, UUID unitId) {
        return count("roundId = ?1 and unitId = ?2 and used = true", roundId, unitId);
    }
}
