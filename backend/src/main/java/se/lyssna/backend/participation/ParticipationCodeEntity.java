package se.lyssna.backend.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A participation code, known only by its keyed hash. It keeps no time and nothing of the response it was used
 * for: only whether it was used, and hashes that let a retried submission be recognised.
 */
@Entity
@Table(name = "participation_code")
public class ParticipationCodeEntity {
    @Id
    private UUID id;
    @Column(name = "round_id", nullable = false)
    private UUID roundId;
    @Column(name = "unit_id", nullable = false)
    private UUID unitId;
    @Column(name = "code_hash", nullable = false, unique = true)
    private byte[] codeHash;
    private boolean used;
    private boolean voided;
    @Column(name = "idempotency_hash")
    private byte[] idempotencyHash;
    @Column(name = "submission_hash")
    private byte[] submissionHash;

    protected ParticipationCodeEntity() {
    }

    ParticipationCodeEntity(UUID roundId, UUID unitId, byte[] codeHash) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.unitId = unitId;
        this.codeHash = codeHash.clone();
    }

    public UUID id() {
        return id;
    }

    public UUID roundId() {
        return roundId;
    }

    public UUID unitId() {
        return unitId;
    }

    public boolean used() {
        return used;
    }

    /** A voided code (its letter was lost) can never be redeemed or used to send answers. */
    public boolean voided() {
        return voided;
    }

    void markVoided() {
        this.voided = true;
    }
}
