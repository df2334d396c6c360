package se.lyssna.definitions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a questionnaire's content, used to lock published versions. It is computed over a canonical JSON
 * form of the loaded model (sorted keys, no whitespace), not over the file, so reformatting or commenting a YAML
 * file keeps the hash while any change a child or a result could notice changes it.
 *
 * <p>Only the scales the questionnaire's items use are included: the loader merges every shared scale into every
 * questionnaire, and adding an unrelated scale to {@code scales.yaml} must not break the lock of published
 * versions, while changing a scale a published version uses must.
 */
public final class ContentHash {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            // Derived helpers are not content: renaming one must not change every hash.
            .addMixIn(Questionnaire.class, DerivedIgnored.class)
            // Absent optionals are left out so that a new optional field does not change existing hashes.
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();

    private ContentHash() {
    }

    /** Hides {@link Questionnaire#isPublished()}, which Jackson would otherwise see as a "published" property. */
    private abstract static class DerivedIgnored {
        @JsonIgnore
        abstract boolean isPublished();
    }

    /** The lower-case hex SHA-256 of {@link #canonicalJson(Questionnaire)}. */
    public static String of(Questionnaire questionnaire) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes = canonicalJson(questionnaire).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The canonical JSON the hash is taken over; useful to see why two hashes differ. */
    public static String canonicalJson(Questionnaire questionnaire) {
        Questionnaire content = new Questionnaire(questionnaire.key(), questionnaire.version(),
                questionnaire.status(), questionnaire.national(), questionnaire.ageBand(), questionnaire.locales(),
                questionnaire.title(), questionnaire.intro(), questionnaire.usedScales(),
                questionnaire.background(), questionnaire.items(), questionnaire.revisions());
        try {
            return CANONICAL.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a loaded questionnaire always serialises", e);
        }
    }
}
