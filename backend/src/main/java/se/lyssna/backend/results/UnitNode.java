package se.lyssna.backend.results;

import se.lyssna.backend.results.disclosure.Scope;

/** A unit of a round in the hierarchy: a municipality (its own responses) or a care unit of one. */
public record UnitNode(String code, String name, String kind, String municipality) {
    public boolean isMunicipality() {
        return "municipality".equals(kind);
    }

    /** The scope a response of this unit is counted in first: the unit, or a municipality's unpublished own part. */
    public Scope leafScope() {
        return isMunicipality() ? new Scope.OwnPart(code) : new Scope.Unit(code);
    }

    /** The municipality whose figures this unit's responses count in. */
    public Scope.Municipality municipalityScope() {
        return new Scope.Municipality(isMunicipality() ? code : municipality);
    }
}
