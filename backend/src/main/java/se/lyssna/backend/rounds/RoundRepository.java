package se.lyssna.backend.rounds;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RoundRepository implements PanacheRepositoryBase<RoundEntity, UUID> {
    private final AgroalDataSource dataSource;

    RoundRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Only whether the survey body closed the round, without loading the round and its units: asked on every
     * child's redeem and submit, where an HQL query cost twice a plain statement (bench/README.md). A plain
     * statement sees what is committed and this transaction's flushed changes, not a closing still unflushed in
     * the caller's session; the one that closes (closing.RoundClosing) never asks.
     */
    /**
     * Whether the round is closed, holding a share lock on its row until this transaction ends: a close (which
     * takes the row first, {@link #lockForClosing}) then waits for this submission to commit before it empties the
     * inbox, and a submission that comes after a close began waits for it and sees the round closed. Without it, a
     * submission that read "open" could commit after the close emptied the inbox: confirmed to the child, never
     * counted.
     */
    public Optional<Boolean> closedHoldingOpen(UUID id) {
        return closed(id, "select closed from round where id = ? for share");
    }

    /** Takes the round's row for closing: waits for every submission that holds it open (see above). */
    public void lockForClosing(UUID id) {
        closed(id, "select closed from round where id = ? for update");
    }

    public Optional<Boolean> closed(UUID id) {
        return closed(id, "select closed from round where id = ?");
    }

    private Optional<Boolean> closed(UUID id, String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getBoolean(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            // The SQLException stays the cause, so an outage is still a 503 (problem.DatabaseOutage).
            throw new IllegalStateException("reading whether round " + id + " is closed failed", e);
        }
    }
}
