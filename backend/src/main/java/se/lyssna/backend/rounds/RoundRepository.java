package se.lyssna.backend.rounds;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RoundRepository implements PanacheRepositoryBase<RoundEntity, UUID> {

    /** Only whether the survey body closed the round, without loading the round and its units. */
    public Optional<Boolean> closed(UUID id) {
        return getEntityManager().createQuery("select r.closed from RoundEntity r where r.id = :id", Boolean.class)
                .setParameter("id", id).getResultStream().findFirst();
    }
}
