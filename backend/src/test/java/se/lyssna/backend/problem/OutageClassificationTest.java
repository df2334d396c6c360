package se.lyssna.backend.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures are a passing database outage (503, retry) and which are not (500). */
class OutageClassificationTest {

    @Test
    void connectionFailures_areAnOutage() {
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(new SQLException("refused", "08001"))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("Acquisition timeout while waiting"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new java.net.SocketException("reset")))).isTrue();
        // Seen in faults/run.sh (b): the commit failed as PostgreSQL stopped, and Narayana said only "rolled back".
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new RollbackException("ARJUNA016053")))).isTrue();
    }

    @Test
    void failuresOfTheRequestItself_areNot() {
        assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("invalid input", "22P02"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
        RollbackException flushFailed = new RollbackException("flush failed");
        flushFailed.initCause(new SQLException("check violation", "23514"));
        assertThat(DatabaseOutage.causedBy(flushFailed)).isFalse();
    }
}
