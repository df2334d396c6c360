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
        // Agroal gives up waiting for a connection without a SQLState when none can be opened.
        return e.getMessage() != null && e.getMessage().startsWith("Acquisition timeout");
    }
}
