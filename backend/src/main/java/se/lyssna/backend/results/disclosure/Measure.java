package se.lyssna.backend.results.disclosure;

/**
 * What a figure counts: the respondents of a group, the answers to an item, the ticks of one option of a
 * multiple-choice item, or an area's index. Stored and sent as {@link #key()} ({@code respondents},
 * {@code item:<id>}, {@code item:<id>#<option>}, {@code area:<key>}); this is the one place that spells or reads
 * that form.
 */
public sealed interface Measure permits Measure.Respondents, Measure.Item, Measure.Option, Measure.Area {
    Respondents RESPONDENTS = new Respondents();

    String key();

    static Item item(String id) {
        return new Item(id);
    }

    static Area area(String key) {
        return new Area(key);
    }

    /** The measure a stored key names. */
    static Measure parse(String key) {
        if (key.equals(Respondents.KEY)) {
            return RESPONDENTS;
        }
        if (key.startsWith(Item.PREFIX)) {
            String rest = key.substring(Item.PREFIX.length());
            int hash = rest.indexOf('#');
            return hash < 0 ? new Item(rest) : new Option(rest.substring(0, hash), rest.substring(hash + 1));
        }
        if (key.startsWith(Area.PREFIX)) {
            return new Area(key.substring(Area.PREFIX.length()));
        }
        throw new IllegalArgumentException("not a measure: " + key);
    }

    /** The item a measure is about, or null for respondents and areas. */
    default String itemId() {
        return null;
    }

    record Respondents() implements Measure {
        static final String KEY = "respondents";

        @Override
        public String key() {
            return KEY;
        }
    }

    /** The answers to one item, by option. */
    record Item(String id) implements Measure {
        static final String PREFIX = "item:";

        @Override
        public String key() {
            return PREFIX + id;
        }

        @Override
        public String itemId() {
            return id;
        }

        /** One option of this (multiple-choice) item, counted as ticked or not. */
        public Option option(String value) {
            return new Option(id, value);
        }
    }

    /** One option of a multiple-choice item: ticked or not. */
    record Option(String item, String value) implements Measure {
        @Override
        public String key() {
            return Item.PREFIX + item + "#" + value;
        }

        @Override
        public String itemId() {
            return item;
        }
    }

    /** An area's index: how many of the answers to its items were positive, and how many other. */
    record Area(String area) implements Measure {
        static final String PREFIX = "area:";

        @Override
        public String key() {
            return PREFIX + area;
        }
    }
}
