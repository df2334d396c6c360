package se.lyssna.backend.actions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ActionRepository implements PanacheRepositoryBase<ActionEntity, UUID> {
    private static final Sort ORDER = Sort.by("area").and("createdOn").and("id");

    public List<ActionEntity> ofUnit(UUID unitId) {
        return list("unitId", ORDER, unitId);
    }

    public List<ActionEntity> ofUnitAndRound(UUID unitId, UUID roundId) {
        return list("unitId = ?1 and roundId = ?2", ORDER, unitId, roundId);
    }

    public Optional<ActionEntity> ofUnit(UUID unitId, UUID actionId) {
        return find("id = ?1 and unitId = ?2", actionId, unitId).firstResultOptional();
    }

    /** Rows of (area, status, number of distinct units), optionally for one round. */
    public List<Object[]> unitCountsByAreaAndStatus(UUID roundId) {
        String where = roundId == null ? "" : " where a.roundId = :round";
        var query = getEntityManager().createQuery("select a.area, a.status, count(distinct a.unitId) from "
                + "ActionEntity a" + where + " group by a.area, a.status", Object[].class);
        if (roundId != null) {
            query.setParameter("round", roundId);
        }
        return query.getResultList();
    }

    /** Rows of (area, number of distinct units with any action there). */
    public List<Object[]> unitCountsByArea(UUID roundId) {
        String where = roundId == null ? "" : " where a.roundId = :round";
        var query = getEntityManager().createQuery("select a.area, count(distinct a.unitId) from ActionEntity a"
                + where + " group by a.area", Object[].class);
        if (roundId != null) {
            query.setParameter("round", roundId);
        }
        return query.getResultList();
    }

    public long unitsWithAnyAction(UUID roundId) {
        String where = roundId == null ? "" : " where a.roundId = :round";
        var query = getEntityManager().createQuery("select count(distinct a.unitId) from ActionEntity a" + where,
                Long.class);
        if (roundId != null) {
            query.setParameter("round", roundId);
        }
        return query.getSingleResult();
    }
}
