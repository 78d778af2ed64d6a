package newsfacts.core.model;

import java.util.List;

/**
 * An entity of one article: its canonical name (stable across articles, so queries find it),
 * the other names it went by, and every mention in the body.
 */
public record Entity(String name, EntityType type, List<String> aliases, List<Span> mentions,
                     int mentionCount, double salience) {
    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
