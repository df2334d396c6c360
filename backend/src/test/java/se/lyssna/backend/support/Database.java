package se.lyssna.backend.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Direct SQL for tests that must look at what is really stored. */
@ApplicationScoped
public class Database {
    private final AgroalDataSource dataSource;

    Database(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count(String sql) {
        return Long.parseLong(strings(sql).get(0));
    }

    /** The first column of every row, as text. */
    public List<String> strings(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs a statement that changes rows behind the application's back, as another replica would. */
    public void execute(String sql) {
        if (fails(sql)) {
            throw new IllegalStateException("failed: " + sql);
        }
    }

    /** Runs a statement that is expected to fail in the database; true if it did. */
    public boolean fails(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return false;
        } catch (SQLException expected) {
            return true;
        }
    }

    /** Counts of what a submission may write: inbox, responses, answers, free texts, used codes. */
    public String storedState() {
        return count("select count(*) from response_inbox") + "/" + count("select count(*) from response") + "/"
                + count("select count(*) from answer") + "/" + count("select count(*) from free_text_answer") + "/"
                + count("select count(*) from participation_code where used");
    }
}
