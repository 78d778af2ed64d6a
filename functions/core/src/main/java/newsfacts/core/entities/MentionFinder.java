package newsfacts.core.entities;

import newsfacts.core.model.EntityType;
import newsfacts.core.model.Span;
import newsfacts.core.nlp.Tokenizer;
import newsfacts.core.nlp.Tokenizer.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds typed mentions in a text: tokenises, tags each line, then makes the document agree with
 * itself (a name keeps one type; a name found once is found everywhere, headlines included; a
 * surname alone is the person named in full elsewhere).
 */
final class MentionFinder {
    private static final EntityType[] TYPES = {null, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC};
    private static final int MAX_NAME_TOKENS = 8;

    private final Tagger tagger;
    private final Lexicon lexicon;
    private final NameRules nameRules;
    private final WireRules wireRules;

    MentionFinder(Tagger tagger, Lexicon lexicon) {
        this.tagger = tagger;
        this.lexicon = lexicon;
        this.nameRules = new NameRules(lexicon);
        this.wireRules = new WireRules(lexicon);
    }

    List<Mention> find(String text) {
        List<TaggedLine> lines = lines(text);
        Map<String, int[]> stats = new HashMap<>();
        for (TaggedLine line : lines) Sequence.countCase(line.words, line.casing, stats);
        for (TaggedLine line : lines) {
            int[] labels = tagger.decode(new Sequence(line.words, line.casing, lexicon.gazetteer, stats));
            for (int i = 0; i < labels.length; i++) {
                line.types[i] = TYPES[(labels[i] + 1) / 2];
                line.begins[i] = labels[i] % 2 == 1;
            }
        }
        for (TaggedLine line : lines) nameRules.apply(line);
        wireRules.apply(lines);
        agreeWithinDocument(lines);
        List<Mention> out = new ArrayList<>();
        for (TaggedLine line : lines) {
            line.forEachMention((from, to) -> out.add(new Mention(
                    Span.of(text, line.tokens.get(from).start(), line.tokens.get(to - 1).end()), line.types[from])));
        }
        return out;
    }

    private static List<TaggedLine> lines(String text) {
        List<TaggedLine> lines = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int newline = text.indexOf('\n');
        for (Token t : Tokenizer.tokenize(text)) {
            if (newline >= 0 && newline < t.start()) {
                if (!current.isEmpty()) lines.add(new TaggedLine(current));
                current = new ArrayList<>();
                newline = text.indexOf('\n', t.start());
            }
            current.add(t);
        }
        if (!current.isEmpty()) lines.add(new TaggedLine(current));
        return lines;
    }

    /** Names as the document types them: lower-cased token key → votes per type. */
    private void agreeWithinDocument(List<TaggedLine> lines) {
        Map<String, int[]> votes = new HashMap<>();
        for (TaggedLine line : lines) {
            line.forEachMention((from, to) -> {
                String key = TaggedLine.key(line.words, from, to);
                // sure rules (datelines, results tables) vote most, headlines least
                votes.computeIfAbsent(key, k -> new int[TYPES.length])[ordinal(line.types[from])] += line.locked[from] ? 4 : line.casing == Sequence.Casing.NORMAL ? 2 : 1;
            });
        }
        Map<String, String> surnames = TaggedLine.surnames(lines);
        Map<String, EntityType> typeOf = new HashMap<>();
        votes.forEach((key, v) -> {
            int best = 1;
            for (int t = 2; t < TYPES.length; t++) if (v[t] > v[best]) best = t;
            typeOf.put(key, TYPES[best]);
        });
        for (TaggedLine line : lines) {
            // one type per name; a lone surname of a person named in full is that person
            line.forEachMention((from, to) -> {
                if (line.locked[from]) return;
                String key = TaggedLine.key(line.words, from, to);
                EntityType type = to - from == 1 && surnames.containsKey(key) ? EntityType.PERSON : typeOf.get(key);
                line.mark(from, to, type);
            });
            // untagged occurrences of a name tagged elsewhere
            for (int i = 0; i < line.words.length; i++) {
                if (line.types[i] != null || !startsCapitalised(line.words[i])) continue;
                for (int end = Math.min(line.words.length, i + MAX_NAME_TOKENS); end > i; end--) {
                    if (!free(line, i, end)) continue;
                    String key = TaggedLine.key(line.words, i, end);
                    EntityType type = typeOf.get(key);
                    if (type == null && end - i == 1 && surnames.containsKey(key)) type = EntityType.PERSON;
                    if (type == null || !propagates(line, i, end, key)) continue;
                    line.mark(i, end, type);
                    i = end - 1;
                    break;
                }
            }
        }
    }

    /** Whether an untagged capitalised run may take a type seen elsewhere: not a common word at a sentence start. */
    private boolean propagates(TaggedLine line, int from, int to, String key) {
        if (to - from > 1) return true;
        if (line.casing != Sequence.Casing.NORMAL) return !tagger.mostlyLower.contains(key);
        return !(Sequence.startsSentence(line.words, from) && tagger.mostlyLower.contains(key));
    }

    private static boolean free(TaggedLine line, int from, int to) {
        for (int k = from; k < to; k++) if (line.types[k] != null) return false;
        return true;
    }

    private static boolean startsCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static int ordinal(EntityType type) {
        return type == null ? 0 : type.ordinal() + 1;
    }

}
