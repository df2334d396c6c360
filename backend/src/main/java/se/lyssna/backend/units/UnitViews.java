package se.lyssna.backend.units;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/** Request and response shapes of the units API, and the facts of a unit other features read. */
public final class UnitViews {
    private UnitViews() {
    }

    public record NewCareUnit(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,63}", message = "lower-case letters, digits and dashes")
            String code,
            @NotBlank String name,
            @NotBlank @Pattern(regexp = "familjehem|hvb|stodboende|sis|provider") String kind,
            @NotBlank String municipality) {
    }

    public record UnitView(String code, String name, String kind, String municipality) {
        static UnitView of(UnitEntity unit) {
            return new UnitView(unit.code(), unit.name(), unit.kind().key(), unit.countsForMunicipality());
        }
    }

    /** A unit as other features read it: a copy, so that no feature but units holds its entity. */
    public record UnitFacts(UUID id, String code, String name, UnitKind kind, String countsForMunicipality) {
        static UnitFacts of(UnitEntity unit) {
            return new UnitFacts(unit.id(), unit.code(), unit.name(), unit.kind(), unit.countsForMunicipality());
        }
    }
}
