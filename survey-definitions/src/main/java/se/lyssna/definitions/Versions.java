package se.lyssna.definitions;

import java.util.Comparator;

/**
 * Orders versions such as {@code 2027.1} and {@code 2027.10} by their numbers, so that "the previous version" means
 * the same thing in the catalog, the diff and the backend. Parts that are not numbers compare as text.
 */
public final class Versions {

    /** Oldest first: {@code 2027.1 < 2027.2 < 2027.10 < 2028.1}. */
    public static final Comparator<String> ORDER = Versions::compare;

    private Versions() {
    }

    public static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "";
            String r = i < right.length ? right[i] : "";
            int byPart = comparePart(l, r);
            if (byPart != 0) {
                return byPart;
            }
        }
        return 0;
    }

    private static int comparePart(String l, String r) {
        boolean numbers = l.matches("\\d{1,9}") && r.matches("\\d{1,9}");
        return numbers ? Integer.compare(Integer.parseInt(l), Integer.parseInt(r)) : l.compareTo(r);
    }
}
