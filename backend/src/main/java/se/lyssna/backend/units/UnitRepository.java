package se.lyssna.backend.units;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<UnitEntity, UUID> {

    public Optional<UnitEntity> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<UnitEntity> careUnitsOf(String municipalityCode) {
        return list("municipalityCode", municipalityCode);
    }
}
