package se.lyssna.backend.participation;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The code's statements of the two requests every child makes (redeem, submit), on plain prepared statements: as
 * entity loads and a flush they were the largest share of the backend's CPU per child (bench/README.md). Each reads
 * the round's closed flag in the same statement (one round trip fewer per request), and a submission runs in one
 * local JDBC transaction of its own rather than a JTA one: nothing else takes part in it, and Narayana's enlisting
 * and two-phase bookkeeping were CPU for nothing. The entity stays for issuing and voiding codes.
 */
@ApplicationScoped
class CodeRows {
    private static final String COLUMNS = "select c.id, c.round_id, c.unit_id, c.used, c.voided, c.idempotency_hash,"
            + " c.submission_hash, r.closed from participation_code c join round r on r.id = c.round_id where ";

    private final AgroalDataSource dataSource;
    private final TransactionManager transactions;

    CodeRows(AgroalDataSource dataSource, TransactionManager transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /** A code row as the two requests read it, with whether the survey body has closed its round. */
    record Code(UUID id, UUID roundId, UUID unitId, boolean used, boolean voided, byte[] idempotencyHash,
                byte[] submissionHash, boolean roundClosed) {
        /** Whether a submission with these hashes is the one that already used this code (a retry). */
        boolean isRetryOf(byte[] idempotency, byte[] submission) {
            return used && idempotency != null && Arrays.equals(idempotencyHash, idempotency)
                    && Arrays.equals(submissionHash, submission);
        }
    }

    Optional<Code> byHash(byte[] codeHash) {
        try (Connection connection = dataSource.getConnection()) {
            return one(connection, COLUMNS + "c.code_hash = ?", codeHash);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Begins one child's submission: a local transaction on a connection of its own, or the caller's JTA transaction
     * if it has one (then the caller commits).
     */
    Submitting begin() {
        try {
            boolean joined = transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
            Connection connection = dataSource.getConnection();
            if (!joined) {
                connection.setAutoCommit(false);
            }
            return new Submitting(connection, joined);
        } catch (SQLException | SystemException e) {
            throw failed(e);
        }
    }

    /** One submission's transaction; closing it without {@link #commit} rolls it back. */
    static final class Submitting implements AutoCloseable {
        private final Connection connection;
        private final boolean joined;
        private boolean committed;

        private Submitting(Connection connection, boolean joined) {
            this.connection = connection;
            this.joined = joined;
        }

        /**
         * Locks the code's row, so that concurrent submissions with one code are decided one after the other, and
         * holds its round open (a share lock on the round's row until this transaction ends: a close waits for it,
         * rounds.RoundRepository#lockForClosing).
         */
        Optional<Code> lock(UUID id) {
            return one(connection, COLUMNS + "c.id = ? for update of c for share of r", id);
        }

        /**
         * Consumes the code and puts the answers in the inbox, in one statement, so one round trip to PostgreSQL:
         * the insert happens only with the update, and the inbox row gets a new random ID, so nothing in it points
         * back at the code (see ResponseMixer).
         */
        void consume(UUID codeId, byte[] idempotencyHash, byte[] submissionHash, UUID roundId, UUID unitId,
                     UUID questionnaireVersionId, String payloadJson) {
            try (PreparedStatement consume = connection.prepareStatement("with used as (update participation_code"
                    + " set used = true, idempotency_hash = ?, submission_hash = ? where id = ? returning id)"
                    + " insert into response_inbox (id, round_id, unit_id, questionnaire_version_id, payload)"
                    + " select ?, ?, ?, ?, cast(? as jsonb) from used")) {
                consume.setBytes(1, idempotencyHash);
                consume.setBytes(2, submissionHash);
                consume.setObject(3, codeId);
                consume.setObject(4, UUID.randomUUID());
                consume.setObject(5, roundId);
                consume.setObject(6, unitId);
                consume.setObject(7, questionnaireVersionId);
                consume.setString(8, payloadJson);
                if (consume.executeUpdate() != 1) {
                    throw new IllegalStateException("the locked participation code is gone");
                }
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        void commit() {
            try {
                if (!joined) {
                    connection.commit();
                }
                committed = true;
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public void close() {
            try (connection) {
                if (!joined) {
                    if (!committed) {
                        connection.rollback();
                    }
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                // The connection is gone (an outage): nothing was committed, and the pool drops it.
            }
        }
    }

    /** Unchecked, the cause kept: an outage is still a 503 (problem.DatabaseOutage). */
    private static IllegalStateException failed(Exception e) {
        return new IllegalStateException("participation code statement failed", e);
    }

    private static Optional<Code> one(Connection connection, String sql, Object key) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Code(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getObject(3, UUID.class), row.getBoolean(4), row.getBoolean(5), row.getBytes(6),
                        row.getBytes(7), row.getBoolean(8)));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }
}
