package newsfacts.core.entities;

import newsfacts.core.model.EntityType;
import newsfacts.core.nlp.Tokenizer.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A line of tokens and its tags: per token a type (null outside names) and whether a name starts there. */
final class TaggedLine {
    final List<Token> tokens;
    final String[] words;
    final Sequence.Casing casing;
    final EntityType[] types;  // per token, null = outside
    final boolean[] begins;    // per token, starts a mention
    final boolean[] locked;    // per token, typed by a sure rule: not re-typed, and it outvotes the tagger

    TaggedLine(List<Token> tokens) {
        this.tokens = tokens;
        words = tokens.stream().map(Token::text).toArray(String[]::new);
        casing = Sequence.casingOf(words);
        types = new EntityType[tokens.size()];
        begins = new boolean[tokens.size()];
        locked = new boolean[tokens.size()];
    }

    /** Marks a name found by a sure rule. */
    void lock(int from, int to, EntityType type) {
        mark(from, to, type);
        for (int k = from; k < to; k++) locked[k] = true;
    }

    /** Makes tokens [from, to) one name of the type (null: no name). */
    void mark(int from, int to, EntityType type) {
        for (int k = from; k < to; k++) { types[k] = type; begins[k] = k == from; }
        // a mention cut short on its right lets the rest start afresh
        if (to < types.length && types[to] != null) begins[to] = true;
    }

    /**
     * A full stop with a space after it ends a sentence, and no name runs across one: "... to Trump.
     * Bloomberg's ..." is two names. (Initials and abbreviations keep their dots inside their tokens;
     * "Amazon.com" has no space.)
     */
    void splitAtSentenceEnds() {
        for (int k = 0; k + 1 < words.length; k++) {
            if (types[k] == null || !words[k].equals(".") || tokens.get(k).end() == tokens.get(k + 1).start()) continue;
            types[k] = null;
            begins[k] = false;
            if (types[k + 1] != null) begins[k + 1] = true;
        }
    }

    interface RangeConsumer { void accept(int from, int to); }

    /** Hands over each name as a token range [from, to). */
    void forEachMention(RangeConsumer consumer) {
        for (int i = 0; i < words.length; ) {
            if (types[i] == null) { i++; continue; }
            int end = i + 1;
            while (end < words.length && types[end] == types[i] && !begins[end]) end++;
            consumer.accept(i, end);
            i = end;
        }
    }

    /** Whether marking [from, to) would cut a name already found into pieces. */
    boolean cuts(int from, int to) {
        boolean startInside = types[from] != null && !begins[from];
        boolean endInside = to < words.length && types[to] != null && !begins[to];
        return startInside || endInside;
    }

    static boolean isCapitalisedWord(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(w.length() - 1));
    }

    /** The last word of each full personal name → the name (lower-cased keys); a monarch's number ("Olav V") is no surname. */
    static Map<String, String> surnames(List<TaggedLine> lines) {
        Map<String, String> surnames = new HashMap<>();
        for (TaggedLine line : lines) {
            line.forEachMention((from, to) -> {
                if (line.types[from] == EntityType.PERSON && to - from >= 2 && !NameRules.REGNAL.matcher(line.words[to - 1]).matches())
                    surnames.put(line.words[to - 1].toLowerCase(), key(line.words, from, to));
            });
        }
        return surnames;
    }

    /** The lookup key of words[from, to): lower-cased, joined by single spaces. */
    static String key(String[] words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) sb.append(' ');
            sb.append(Gazetteer.normalise(words[k]));
        }
        return sb.toString();
    }
}
