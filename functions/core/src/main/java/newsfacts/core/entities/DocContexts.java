package newsfacts.core.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The neighbours a document gives each capitalised word across all its uses ("X said", "shares of
 * X", "in X"): one mention's type is often clear only from another mention's context.
 */
final class DocContexts {
    private static final String[] NONE = {};
    private static final int MAX_PER_WORD = 16;
    /** lower-cased word → context ("<said", ">of") → count */
    private final Map<String, Map<String, int[]>> contexts = new HashMap<>();

    /** Records the neighbours of the capitalised words of a normally cased line. */
    void add(String[] words, Sequence.Casing casing) {
        if (casing != Sequence.Casing.NORMAL) return;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
            Map<String, int[]> c = contexts.computeIfAbsent(Gazetteer.normalise(w), k -> new HashMap<>());
            if (c.size() >= MAX_PER_WORD) continue;
            c.computeIfAbsent(before(words, i), k -> new int[1])[0]++;
            c.computeIfAbsent(after(words, i), k -> new int[1])[0]++;
        }
    }

    /** The contexts of word i's other uses (its own left out, so training does not just see itself). */
    String[] others(String[] words, String lower, int i, boolean countedHere) {
        Map<String, int[]> c = contexts.get(lower);
        if (c == null) return NONE;
        String own1 = countedHere ? before(words, i) : null, own2 = countedHere ? after(words, i) : null;
        List<String> out = new ArrayList<>(c.size());
        c.forEach((ctx, n) -> {
            int mine = (ctx.equals(own1) ? 1 : 0) + (ctx.equals(own2) ? 1 : 0);
            if (n[0] > mine) out.add(ctx);
        });
        return out.toArray(NONE);
    }

    static String before(String[] words, int i) {
        return "<" + (i == 0 ? "^" : Gazetteer.normalise(words[i - 1]));
    }

    static String after(String[] words, int i) {
        return ">" + (i + 1 == words.length ? "$" : Gazetteer.normalise(words[i + 1]));
    }
}
