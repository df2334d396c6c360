package se.lyssna.definitions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The eight areas that children in care named as what matters to them (Vårdanalys 2018, table 4.1).
 * Every national questionnaire must ask about each area and each of its 22 sub-areas.
 * Keys are stable identifiers used in questionnaire files, the database and the API.
 */
public enum Area {
    BEMOTANDE("bemotande", "information", "kommunikation", "tillganglighet"),
    DELAKTIGHET("delaktighet", "val-av-placering", "kontakt-socialsekreterare", "forberedelse", "regler-rutiner"),
    SOCIALA_RELATIONER("sociala-relationer", "omtanke", "tillhorighet", "relationer"),
    TRYGGHET("trygghet", "kontinuitet", "sakerhet-integritet", "fysisk-miljo", "uppfoljning"),
    HALSA_OMSORG("halsa-omsorg", "halsovard", "struktur-vardag"),
    UTBILDNING("utbildning", "skolstod"),
    FRITID("fritid", "fritidsaktiviteter"),
    SJALVSTANDIGHET("sjalvstandighet", "ekonomiskt-stod", "praktiskt-stod", "kanslomassigt-stod", "socialt-natverk");

    private final String key;
    private final List<String> subAreas;

    Area(String key, String... subAreas) {
        this.key = key;
        this.subAreas = List.of(subAreas);
    }

    /** The stable key used in files and the API, e.g. {@code bemotande}. */
    public String key() {
        return key;
    }

    /** The keys of this area's sub-areas, in the order of the source table. */
    public List<String> subAreas() {
        return subAreas;
    }

    public boolean hasSubArea(String subAreaKey) {
        return subAreas.contains(subAreaKey);
    }

    public static Optional<Area> byKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }

    /** The keys of all areas, in the order of the source table. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Area::key).toList();
    }

    /** Total number of sub-areas over all areas (22). */
    public static int subAreaCount() {
        return Arrays.stream(values()).mapToInt(a -> a.subAreas.size()).sum();
    }
}
