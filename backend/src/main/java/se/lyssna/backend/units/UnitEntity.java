package se.lyssna.backend.units;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/** A municipality, or a care unit (home, provider) that belongs to one. Responses count for both. */
@Entity
@Table(name = "unit")
public class UnitEntity {
    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String kind;
    @Column(name = "municipality_code")
    private String municipalityCode;

    protected UnitEntity() {
    }

    public UnitEntity(String code, String name, UnitKind kind, String municipalityCode) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.kind = kind.key();
        this.municipalityCode = municipalityCode;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public UnitKind kind() {
        return UnitKind.byKey(kind);
    }

    /** The municipality a care unit belongs to; empty for a municipality itself. */
    public Optional<String> municipalityCode() {
        return Optional.ofNullable(municipalityCode);
    }

    /** The municipality this unit's answers also count for: its own code for a municipality. */
    public String countsForMunicipality() {
        return municipalityCode == null ? code : municipalityCode;
    }
}
