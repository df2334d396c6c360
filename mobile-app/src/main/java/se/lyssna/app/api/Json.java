package se.lyssna.app.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The one JSON configuration of the app: tolerant of new fields, quiet about nulls. */
public final class Json {
    private Json() {
    }

    /** A fresh mapper; cheap enough to create once per client or store. */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
