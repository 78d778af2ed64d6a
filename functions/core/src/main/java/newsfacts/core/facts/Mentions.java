package newsfacts.core.facts;

import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.core.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The entity mentions of one document in text order, to ask "which entity is here" and "which came last before here". */
final class Mentions {
    record Mention(Entity entity, Span span) {}

    private final List<Mention> ordered = new ArrayList<>();

    Mentions(List<Entity> entities) {
        for (Entity e : entities) for (Span s : e.mentions()) ordered.add(new Mention(e, s));
        ordered.sort(Comparator.comparingInt((Mention m) -> m.span().start()));
    }

    /** The entity with a mention inside {@code [start, end)}, preferring the mention that ends last (the head of a phrase). */
    Entity within(int start, int end, EntityType... types) {
        Mention best = null;
        for (Mention m : ordered) {
            if (m.span().start() >= end) break;
            if (m.span().start() >= start && m.span().end() <= end && accepts(m.entity(), types)
                    && (best == null || m.span().end() >= best.span().end())) best = m;
        }
        return best == null ? null : best.entity();
    }

    /** The entity mentioned last before {@code pos}, of one of the given types (any type when none given). */
    Entity before(int pos, EntityType... types) {
        Entity last = null;
        for (Mention m : ordered) {
            if (m.span().start() >= pos) break;
            if (accepts(m.entity(), types)) last = m.entity();
        }
        return last;
    }

    /** The entity whose canonical name ends with {@code word} ("Stoltenberg" names "Jens Stoltenberg"). */
    Entity bySurname(String word) {
        for (Mention m : ordered) {
            String name = m.entity().name();
            if (name.equals(word) || name.endsWith(" " + word)) return m.entity();
        }
        return null;
    }

    private static boolean accepts(Entity e, EntityType... types) {
        if (types.length == 0) return true;
        for (EntityType t : types) if (e.type() == t) return true;
        return false;
    }
}
