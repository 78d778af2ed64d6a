package newsfacts.core.entities;

import java.util.Set;

/**
 * The tagger's feature templates. Each feature is a string hashed to an int without building the
 * string; training and tagging share this one definition.
 */
final class Features {
    /** Receives feature hashes. */
    interface Sink { void add(int feature); }

    private final Set<String> mostlyLower;

    /** @param mostlyLower words the training text mostly writes in lower case (a truecasing clue) */
    Features(Set<String> mostlyLower) { this.mostlyLower = mostlyLower; }

    void extract(Sequence s, int i, Sink out) {
        String w = s.words[i], lw = s.lower[i], sh = s.shapes[i];
        boolean caps = s.casing == Sequence.Casing.ALL_CAPS, title = s.casing == Sequence.Casing.TITLE;
        String casing = caps ? "C" : title ? "T" : "N";
        out.add(h("bias", ""));
        out.add(h("lw", lw));
        // in a caps line the exact word and shape carry no case information
        if (!caps) out.add(h("w", w));
        out.add(h("sh", sh));
        out.add(h("sh|casing", sh, casing));
        for (int k = 1; k <= 3 && k <= lw.length(); k++) out.add(h(PREFIX[k], lw, 0, k));
        for (int k = 1; k <= 4 && k <= lw.length(); k++) out.add(h(SUFFIX[k], lw, lw.length() - k, lw.length()));
        out.add(h("len", Integer.toString(Math.min(lw.length(), 8))));
        String initial = s.sentenceStart[i] ? "1" : "0";
        out.add(h("init|sh", initial, sh));
        out.add(h("casing", casing));
        if (mostlyLower.contains(lw)) {
            out.add(h("mostlyLower", casing));
            out.add(h("mostlyLower|sh|init", sh, initial));
        }
        out.add(h("doc", Integer.toString(s.docCase[i]), casing));
        out.add(h("doc|sh|init", Integer.toString(s.docCase[i]), sh + initial));

        // what the document's other uses of this word say about it ("said" after, "of" before)
        for (String ctx : s.docContexts[i]) out.add(h("dctx", ctx));

        String lp = word(s, i - 1), ln = word(s, i + 1), lp2 = word(s, i - 2), ln2 = word(s, i + 2);
        String sp = shape(s, i - 1), sn = shape(s, i + 1);
        out.add(h("lw-1", lp));
        out.add(h("lw+1", ln));
        out.add(h("lw-2", lp2));
        out.add(h("lw+2", ln2));
        out.add(h("lw-1|lw", lp, lw));
        out.add(h("lw|lw+1", lw, ln));
        out.add(h("sh-1|sh", sp, sh));
        out.add(h("sh|sh+1", sh, sn));
        out.add(h("sh-1|sh|sh+1", sp + sh, sn));
        out.add(h("lw-1|sh", lp, sh));
        out.add(h("sh|lw+1", sh, ln));

        for (int d = -1; d <= 1; d++) {
            int k = i + d;
            if (k < 0 || k >= s.length()) continue;
            for (int mark : s.gazetteer[k]) {
                int cats = mark >>> 2, pos = mark & 3;
                for (int c = 0; c < Gazetteer.CATEGORIES.length; c++) {
                    if ((cats & (1 << c)) == 0) continue;
                    String cat = Gazetteer.CATEGORIES[c];
                    out.add(h("gaz" + d, cat, POSITIONS[pos]));
                    if (d == 0) out.add(h("gaz|sh", cat + POSITIONS[pos], sh));
                }
            }
        }
    }

    private static final String[] PREFIX = {"", "p1", "p2", "p3"}, SUFFIX = {"", "s1", "s2", "s3", "s4"};
    private static final String[] POSITIONS = {"B", "I", "E", "U"};

    private static String word(Sequence s, int k) {
        return k < 0 ? "<s>" : k >= s.length() ? "</s>" : s.lower[k];
    }

    private static String shape(Sequence s, int k) {
        return k < 0 ? "<s>" : k >= s.length() ? "</s>" : s.shapes[k];
    }

    private static final int FNV_OFFSET = 0x811c9dc5, FNV_PRIME = 0x01000193;

    static int h(String template, String value) {
        return finish(mix(mix(FNV_OFFSET, template), value));
    }

    static int h(String template, String a, String b) {
        return finish(mix(mix(mix(FNV_OFFSET, template), a), b));
    }

    /** The feature of template and value[from, to): same as {@code h(template, value.substring(from, to))}. */
    static int h(String template, String value, int from, int to) {
        return finish(mix(mix(FNV_OFFSET, template), value, from, to));
    }

    private static int mix(int hash, String s) {
        return mix(hash, s, 0, s.length());
    }

    private static int mix(int hash, String s, int from, int to) {
        for (int k = from; k < to; k++) hash = (hash ^ s.charAt(k)) * FNV_PRIME;
        return (hash ^ 0xffff) * FNV_PRIME; // separator, so ("ab","c") differs from ("a","bc")
    }

    /** Final avalanche (murmur3 fmix) so near-identical strings spread over the table. */
    private static int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h == 0 ? 1 : h; // 0 marks an empty slot in the weight table
    }
}
