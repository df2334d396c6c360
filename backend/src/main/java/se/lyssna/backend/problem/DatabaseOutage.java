package se.lyssna.backend.problem;

import java.sql.SQLException;
import java.util.Set;

/** Tells a database that cannot be reached (a passing outage: retry) from a failure of the request itself. */
final class DatabaseOutage {
    /** 57P01–57P03: shut down by an administrator, crash shutdown, cannot connect now; 53300: too many connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutage() {
    }

    /** Whether anything in the cause chain says the database could not be reached or went away. */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
            // The socket to the database broke under the driver.
            if (t instanceof java.net.SocketException || t instanceof java.io.EOFException) {
                return true;
            }
            // The commit itself failed and the transaction manager rolled back without saying why: only the
            // connection going away at commit does that (a failed flush comes with its cause). Nothing was stored,
            // and the retry is safe (Idempotency-Key), so it is a 503 like the rest of the outage.
            if (t instanceof jakarta.transaction.RollbackException && t.getCause() == null) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (causedBy(suppressed)) {
                    return true;
                }
            }
            // Hibernate's wrapper for SQLState class 08, should its cause ever be left off.
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            // Class 08: connection exception (refused, broken, lost during the request).
            return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
        }
        // Every error the database raises carries an SQLState; one without comes from the pool or the driver's
        // connection handling (no connection could be opened in time, or the outage had closed the one handed out).
        return true;
    }
}
