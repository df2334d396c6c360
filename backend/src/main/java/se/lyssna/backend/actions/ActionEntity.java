package se.lyssna.backend.actions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** One "you said, we did" action of a unit's council. Never leaves the service layer. */
@Entity
@Table(name = "council_action")
public class ActionEntity {
    @Id
    private UUID id;
    @Column(name = "unit_id", nullable = false)
    private UUID unitId;
    @Column(name = "round_id")
    private UUID roundId;
    @Column(nullable = false)
    private String area;
    @Column(name = "item_id")
    private String itemId;
    @Column(name = "you_said", nullable = false)
    private String youSaid;
    @Column(name = "we_decided", nullable = false)
    private String weDecided;
    @Column(name = "we_did")
    private String weDid;
    @Column(nullable = false)
    private String responsible;
    @Column(nullable = false)
    private String status;
    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;
    @Column(name = "updated_on", nullable = false)
    private LocalDate updatedOn;

    protected ActionEntity() {
    }

    ActionEntity(UUID unitId, ActionContent content, LocalDate today) {
        this.id = UUID.randomUUID();
        this.unitId = unitId;
        this.createdOn = today;
        apply(content, today);
    }

    void apply(ActionContent content, LocalDate today) {
        this.roundId = content.roundId();
        this.area = content.area();
        this.itemId = content.itemId();
        this.youSaid = content.youSaid();
        this.weDecided = content.weDecided();
        this.weDid = content.weDid();
        this.responsible = content.responsible();
        this.status = content.status().key();
        this.updatedOn = today;
    }

    /** The current content, for merging a partial update into it. */
    ActionContent content() {
        return new ActionContent(roundId, area, itemId, youSaid, weDecided, weDid, responsible, status());
    }

    public UUID id() {
        return id;
    }

    public UUID unitId() {
        return unitId;
    }

    public Optional<UUID> roundId() {
        return Optional.ofNullable(roundId);
    }

    public String area() {
        return area;
    }

    public Optional<String> itemId() {
        return Optional.ofNullable(itemId);
    }

    public String youSaid() {
        return youSaid;
    }

    public String weDecided() {
        return weDecided;
    }

    public Optional<String> weDid() {
        return Optional.ofNullable(weDid).filter(t -> !t.isBlank());
    }

    public String responsible() {
        return responsible;
    }

    public ActionStatus status() {
        return ActionStatus.byKey(status).orElseThrow();
    }

    public LocalDate createdOn() {
        return createdOn;
    }

    public LocalDate updatedOn() {
        return updatedOn;
    }
}
