package se.lyssna.backend.results.disclosure;

/**
 * Whom a figure is about: a care unit, a municipality's own responses (never published), a municipality, or the
 * nation. Stored and sent as {@link #key()} ({@code unit:<code>}, {@code own:<code>}, {@code municipality:<code>},
 * {@code nation:SE}); this is the one place that spells or reads that form.
 */
public sealed interface Scope permits Scope.Unit, Scope.OwnPart, Scope.Municipality, Scope.Nation {
    Nation NATION = new Nation("SE");

    /** The unit's, municipality's or nation's code. */
    String code();

    /** {@code unit}, {@code own}, {@code municipality} or {@code nation}. */
    default String kind() {
        return this instanceof Unit ? "unit" : this instanceof OwnPart ? "own"
                : this instanceof Municipality ? "municipality" : "nation";
    }

    default String key() {
        return kind() + ":" + code();
    }

    /** Whether figures of this scope are ever shown (the own part is only ever a part of its municipality's). */
    default boolean published() {
        return !(this instanceof OwnPart);
    }

    /** The scope a stored key names; an unknown kind is a bug (keys are only written by {@link #key()}). */
    static Scope parse(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a scope: " + key);
        }
        String code = key.substring(colon + 1);
        return switch (key.substring(0, colon)) {
            case "unit" -> new Unit(code);
            case "own" -> new OwnPart(code);
            case "municipality" -> new Municipality(code);
            case "nation" -> new Nation(code);
            default -> throw new IllegalArgumentException("not a scope: " + key);
        };
    }

    record Unit(String code) implements Scope {
    }

    /** The responses a municipality collected itself, not through one of its units: a part of its figures only. */
    record OwnPart(String code) implements Scope {
    }

    record Municipality(String code) implements Scope {
    }

    record Nation(String code) implements Scope {
    }
}
