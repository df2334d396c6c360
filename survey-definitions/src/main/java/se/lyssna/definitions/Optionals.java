package se.lyssna.definitions;

import java.util.Optional;

/** Jackson leaves absent optional fields null; records normalise them here. */
final class Optionals {
    private Optionals() {
    }

    static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}
