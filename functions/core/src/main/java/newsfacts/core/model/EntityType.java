package newsfacts.core.model;

/** The four entity classes, with the CoNLL short names used by the scorers. */
public enum EntityType {
    PERSON("PER"), ORGANIZATION("ORG"), LOCATION("LOC"), MISC("MISC");

    private final String shortName;

    EntityType(String shortName) { this.shortName = shortName; }

    public String shortName() { return shortName; }

    public static EntityType fromShortName(String s) {
        for (EntityType t : values()) if (t.shortName.equals(s) || t.name().equals(s)) return t;
        throw new IllegalArgumentException("unknown entity type: " + s);
    }
}
