package se.lyssna.backend.rounds;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class RoundRepository implements PanacheRepositoryBase<RoundEntity, UUID> {
}
