package se.lyssna.definitions;

import java.util.List;

/**
 * A scale of named options such as yes / sometimes / no, shown as large buttons with faces.
 *
 * @param key     stable key
 * @param options the options in display order
 */
public record ChoiceScale(String key, List<ScaleOption> options) implements Scale {
    public ChoiceScale {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
