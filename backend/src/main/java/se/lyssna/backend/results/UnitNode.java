package se.lyssna.backend.results;

/** A unit of a round in the hierarchy: a municipality (its own responses) or a care unit of one. */
public record UnitNode(String code, String name, String kind, String municipality) {
    public boolean isMunicipality() {
        return "municipality".equals(kind);
    }

    /** The scope a response of this unit is counted in first: the unit, or a municipality's unpublished own part. */
    public String leafScope() {
        return isMunicipality() ? Scopes.own(code) : Scopes.unit(code);
    }
}
