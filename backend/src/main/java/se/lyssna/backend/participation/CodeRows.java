package se.lyssna.backend.participation;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The code's statements of the two requests every child makes (redeem, submit), on plain prepared statements: as
 * entity loads and a flush they were the largest share of the backend's CPU per child (bench/README.md). Inside a
 * transaction the pool hands out that transaction's connection, so the lock, the update and the inbox insert of a
 * submission still commit or roll back together. The entity stays for issuing and voiding codes.
 */
@ApplicationScoped
class CodeRows {
    private static final String COLUMNS = "select id, round_id, unit_id, used, voided, idempotency_hash,"
            + " submission_hash from participation_code where ";

    private final AgroalDataSource dataSource;

    CodeRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A code row as the two requests read it. */
    record Code(UUID id, UUID roundId, UUID unitId, boolean used, boolean voided, byte[] idempotencyHash,
                byte[] submissionHash) {
        /** Whether a submission with these hashes is the one that already used this code (a retry). */
        boolean isRetryOf(byte[] idempotency, byte[] submission) {
            return used && idempotency != null && Arrays.equals(idempotencyHash, idempotency)
                    && Arrays.equals(submissionHash, submission);
        }
    }

    Optional<Code> byHash(byte[] codeHash) {
        return one(COLUMNS + "code_hash = ?", codeHash);
    }

    /** Locks the row so that concurrent submissions with one code are decided one after the other. */
    Optional<Code> lock(UUID id) {
        return one(COLUMNS + "id = ? for update", id);
    }

    /**
     * Consumes the code and puts the answers in the inbox; run in the transaction that {@link #lock}ed it. One
     * statement, so one round trip to PostgreSQL: the insert happens only with the update, and the inbox row gets a
     * new random ID, so nothing in it points back at the code (see ResponseMixer).
     */
    void consume(UUID codeId, byte[] idempotencyHash, byte[] submissionHash, UUID roundId, UUID unitId,
                 UUID questionnaireVersionId, String payloadJson) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement consume = connection.prepareStatement("with used as (update participation_code"
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

    /** Unchecked, the SQLException kept as the cause: an outage is still a 503 (problem.DatabaseOutage). */
    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("participation code statement failed", e);
    }

    private Optional<Code> one(String sql, Object key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Code(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getObject(3, UUID.class), row.getBoolean(4), row.getBoolean(5), row.getBytes(6),
                        row.getBytes(7)));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }
}
