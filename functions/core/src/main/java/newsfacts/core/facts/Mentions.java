package newsfacts.core.facts;

import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.core.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entity mentions of one document in text order, to ask "which entity is here" and "which came last before here".
 * Lookups search the ordered mentions rather than scan them, so a long document with many statements stays linear.
 */
final class Mentions {
    record Mention(Entity entity, Span span) {}

    private final List<Mention> ordered = new ArrayList<>();
    /** The start of each mention, in order. */
    private final int[] starts;
    /** For each entity type, the positions in {@link #ordered} of its mentions. */
    private final Map<EntityType, int[]> byType = new EnumMap<>(EntityType.class);
    /** Canonical names and their last words, to the entity first mentioned under them; built when first asked. */
    private Map<String, Entity> surnames;

    Mentions(List<Entity> entities) {
        for (Entity e : entities) for (Span s : e.mentions()) ordered.add(new Mention(e, s));
        ordered.sort(Comparator.comparingInt((Mention m) -> m.span().start()));
        starts = new int[ordered.size()];
        Map<EntityType, List<Integer>> positions = new EnumMap<>(EntityType.class);
        for (int i = 0; i < starts.length; i++) {
            starts[i] = ordered.get(i).span().start();
            EntityType t = ordered.get(i).entity().type();
            if (t != null) positions.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
        }
        positions.forEach((t, list) -> byType.put(t, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The entity with a mention inside {@code [start, end)}, preferring the mention that ends last (the head of a phrase). */
    Entity within(int start, int end, EntityType... types) {
        Mention best = null;
        for (int i = firstAtOrAfter(start); i < ordered.size(); i++) {
            Mention m = ordered.get(i);
            if (m.span().start() >= end) break;
            if (m.span().start() >= start && m.span().end() <= end && accepts(m.entity(), types)
                    && (best == null || m.span().end() >= best.span().end())) best = m;
        }
        return best == null ? null : best.entity();
    }

    /** The entity mentioned last before {@code pos}, of one of the given types (any type when none given). */
    Entity before(int pos, EntityType... types) {
        int last = -1;
        if (types.length == 0) {
            last = firstAtOrAfter(pos) - 1;
        } else {
            for (EntityType t : types) {
                int[] of = byType.get(t);
                if (of == null) continue;
                int lo = 0, hi = of.length;  // the first of this type starting at or after pos
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (starts[of[mid]] < pos) lo = mid + 1; else hi = mid;
                }
                if (lo > 0) last = Math.max(last, of[lo - 1]);
            }
        }
        return last < 0 ? null : ordered.get(last).entity();
    }

    /** The entity whose canonical name ends with {@code word} ("Stoltenberg" names "Jens Stoltenberg"). */
    Entity bySurname(String word) {
        if (surnames == null) {
            surnames = new HashMap<>();
            for (Mention m : ordered) {
                String name = m.entity().name();
                surnames.putIfAbsent(name, m.entity());
                int space = name.lastIndexOf(' ');
                if (space >= 0) surnames.putIfAbsent(name.substring(space + 1), m.entity());
            }
        }
        Entity e = surnames.get(word);
        if (e != null || word.indexOf(' ') < 0) return e;
        for (Mention m : ordered) {  // a word with a space in it: the old scan
            String name = m.entity().name();
            if (name.equals(word) || name.endsWith(" " + word)) return m.entity();
        }
        return null;
    }

    /** The index of the first mention starting at or after {@code pos}. */
    private int firstAtOrAfter(int pos) {
        int lo = 0, hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < pos) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static boolean accepts(Entity e, EntityType... types) {
        if (types.length == 0) return true;
        for (EntityType t : types) if (e.type() == t) return true;
        return false;
    }
}
