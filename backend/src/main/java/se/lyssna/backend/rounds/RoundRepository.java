package se.lyssna.backend.rounds;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

@ApplicationScoped
public class RoundRepository implements PanacheRepositoryBase<RoundEntity, UUID> {
    private final AgroalDataSource dataSource;

    RoundRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes the round's row for closing. Each submission holds a share lock on it until its transaction ends (taken
     * with the code's row lock, participation.CodeRows#lock): a close waits here for those to commit before it
     * empties the inbox, and a submission that comes after a close began waits for it and sees the round closed.
     * Without it, a submission that read "open" could commit after the close emptied the inbox: confirmed to the
     * child, never counted.
     */
    public void lockForClosing(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select closed from round where id = ? for update")) {
            select.setObject(1, id);
            select.executeQuery().close();
        } catch (SQLException e) {
            // The SQLException stays the cause, so an outage is still a 503 (problem.DatabaseOutage).
            throw new IllegalStateException("taking round " + id + " for closing failed", e);
        }
    }
}
