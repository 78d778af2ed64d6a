package newsfacts.core.entities;

import newsfacts.core.model.EntityType;
import newsfacts.core.model.Span;
import newsfacts.core.nlp.Tokenizer;
import newsfacts.core.nlp.Tokenizer.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        DocContexts contexts = new DocContexts();
        for (TaggedLine line : lines) {
            Sequence.countCase(line.words, line.casing, stats);
            contexts.add(line.words, line.casing);
        }
        for (TaggedLine line : lines) {
            int[] labels = tagger.decode(new Sequence(line.words, line.casing, lexicon.gazetteer, stats, contexts));
            for (int i = 0; i < labels.length; i++) {
                line.types[i] = TYPES[(labels[i] + 1) / 2];
                line.begins[i] = labels[i] % 2 == 1;
            }
        }
        for (TaggedLine line : lines) nameRules.apply(line);
        wireRules.apply(lines);
        splitHeadlineRuns(lines, stats);
        agreeWithinDocument(lines);
        List<Mention> out = new ArrayList<>();
        for (TaggedLine line : lines) line.splitAtSentenceEnds();
        for (TaggedLine line : lines) {
            line.forEachMention((from, to) -> out.add(new Mention(
                    Span.of(text, line.tokens.get(from).start(), line.tokens.get(to - 1).end()), line.types[from])));
        }
        return out;
    }

    /** One line of tokens per text line: a name never runs across a line break. */
    static List<TaggedLine> lines(String text) {
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

    /**
     * "NORWAY EDGE PORTUGAL", "Minister backs Varga Tyrol plan": in a headline or a capitals
     * line the tagger runs names and words together. A run the body never writes whole, made only of
     * names the body writes and common words, is those names; two body names of different types
     * read as one are split too.
     */
    private void splitHeadlineRuns(List<TaggedLine> lines, Map<String, int[]> stats) {
        Map<String, EntityType> body = new HashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            TaggedLine line = lines.get(n);
            if (line.casing != Sequence.Casing.NORMAL || n == 0 && !sentenceFirstLine(lines)) continue;
            line.forEachMention((from, to) -> body.putIfAbsent(TaggedLine.key(line.words, from, to), line.types[from]));
        }
        for (int n = 0; n < lines.size(); n++) {
            TaggedLine line = lines.get(n);
            if ((n > 0 || sentenceFirstLine(lines)) && line.casing != Sequence.Casing.ALL_CAPS) continue;
            line.forEachMention((from, to) -> {
                // events keep their words: "ATLANTIC OPEN", "LISBON GRAND PRIX"
                if (to - from < 2 || line.locked[from] || line.types[from] == EntityType.MISC || body.containsKey(TaggedLine.key(line.words, from, to))) return;
                List<int[]> names = new ArrayList<>();
                boolean commonWord = false;
                for (int i = from; i < to; ) {
                    int end = to;
                    while (end > i && !body.containsKey(TaggedLine.key(line.words, i, end))) end--;
                    if (end > i) {
                        names.add(new int[] {i, end});
                        i = end;
                    } else if (commonWord(line.words[i], line.casing == Sequence.Casing.ALL_CAPS ? stats : Map.of())) {
                        commonWord = true;
                        i++;
                    } else {
                        return; // a word the body does not explain: leave the run alone
                    }
                }
                boolean mixed = names.size() > 1 && names.stream().map(r -> body.get(TaggedLine.key(line.words, r[0], r[1]))).distinct().count() > 1;
                if (names.isEmpty() || !commonWord && !mixed) return;
                EntityType type = line.types[from];
                line.mark(from, to, null);
                for (int[] r : names) line.mark(r[0], r[1], type);
            });
        }
    }

    /**
     * A word that is no name: mostly lower-case in training text, or (in a capitals line, where case
     * says nothing) unlisted and never capitalised in the body ({@code stats} empty: no such test).
     */
    private boolean commonWord(String word, Map<String, int[]> stats) {
        String lower = Gazetteer.normalise(word);
        if (tagger.mostlyLower.contains(lower) || !Sequence.hasLetterOrDigit(word)) return true;
        if (stats.isEmpty()) return false;
        int[] seen = stats.get(lower);
        return (seen == null || seen[0] == 0) && lexicon.gazetteer.categories(lower) == 0;
    }

    /** Names as the document types them: lower-cased token key → votes per type. */
    private void agreeWithinDocument(List<TaggedLine> lines) {
        Map<String, int[]> votes = new HashMap<>();
        Map<String, String> surnames = TaggedLine.surnames(lines);
        for (TaggedLine line : lines) {
            line.forEachMention((from, to) -> {
                String key = TaggedLine.key(line.words, from, to);
                // sure rules (datelines, results tables) vote most, headlines least
                votes.computeIfAbsent(key, k -> new int[TYPES.length])[ordinal(line.types[from])] += line.locked[from] ? 4 : line.casing == Sequence.Casing.NORMAL ? 2 : 1;
            });
        }
        // "Varga Tyrol" misread in a headline does not make a person of every "Tyrol"
        Map<String, String> bodySurnames = TaggedLine.surnames(lines.subList(sentenceFirstLine(lines) ? 0 : Math.min(1, lines.size()), lines.size()));
        surnames.keySet().removeIf(key -> !bodySurnames.containsKey(key) && isPlaceByVote(key, votes));
        companyMemory(lines, votes);
        organisationCues(lines, votes, surnames);
        Map<String, EntityType> typeOf = new HashMap<>();
        votes.forEach((key, v) -> {
            int best = 1;
            for (int t = 2; t < TYPES.length; t++) if (v[t] > v[best]) best = t;
            // a country is a place, even as a national side (CoNLL)
            if (TYPES[best] == EntityType.ORGANIZATION && lexicon.isCountry(key)) best = ordinal(EntityType.LOCATION);
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
        possessiveFirms(lines);
    }

    /**
     * Whether the first line is body text rather than a headline: plain text often starts with a
     * sentence in normal case ("Amara Osei said on Monday ..."), which is read like any other line.
     * Headlines are short, so a long normal-case line ending a sentence is taken for body text.
     */
    static boolean sentenceFirstLine(List<TaggedLine> lines) {
        if (lines.isEmpty() || lines.get(0).casing != Sequence.Casing.NORMAL) return false;
        String[] w = lines.get(0).words;
        return w.length >= SENTENCE_MIN_TOKENS && SENTENCE_ENDS.contains(w[w.length - 1]);
    }

    private static final int SENTENCE_MIN_TOKENS = 14;
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "\"", "'");

    private boolean isPlaceByVote(String key, Map<String, int[]> votes) {
        int[] v = votes.get(key);
        return v != null && v[ordinal(EntityType.LOCATION)] > v[ordinal(EntityType.PERSON)]
                && (lexicon.gazetteer.categories(key) & (Gazetteer.COUNTRY | Gazetteer.REGION | Gazetteer.BIG_CITY)) != 0;
    }

    /** "Tindall's Bakeries Inc" named once makes "Tindall's", possessive and all, the company's short form. */
    private static void possessiveFirms(List<TaggedLine> lines) {
        Set<String> firms = new HashSet<>();
        for (TaggedLine line : lines) {
            line.forEachMention((from, to) -> {
                if (line.types[from] == EntityType.ORGANIZATION && to - from > 2 && line.words[from + 1].equals("'s"))
                    firms.add(TaggedLine.key(line.words, from, from + 1));
            });
        }
        if (firms.isEmpty()) return;
        for (TaggedLine line : lines) {
            for (int i = 0; i + 1 < line.words.length; i++) {
                boolean alone = line.types[i] != null && line.begins[i] && line.types[i + 1] == null;
                if (alone && !line.locked[i] && line.words[i + 1].equals("'s") && firms.contains(TaggedLine.key(line.words, i, i + 1)))
                    line.mark(i, i + 2, EntityType.ORGANIZATION);
            }
        }
    }

    /**
     * "Acme Holdings Inc" once makes "Acme Holdings" and "Acme" the company everywhere in the
     * document (short forms are how wire copy names a company after its first mention).
     */
    private void companyMemory(List<TaggedLine> lines, Map<String, int[]> votes) {
        int org = ordinal(EntityType.ORGANIZATION);
        for (TaggedLine line : lines) {
            line.forEachMention((from, to) -> {
                int end = to;
                while (end - from > 1 && (NameRules.COMPANY_SUFFIXES.contains(line.words[end - 1].toLowerCase())
                        || line.words[end - 1].equals(","))) end--;
                if (end == to || line.types[from] != EntityType.ORGANIZATION) return;
                votes.computeIfAbsent(TaggedLine.key(line.words, from, end), k -> new int[TYPES.length])[org] += SURE_VOTE;
                // the first or last distinctive word: "Zolvex" of "Zolvex Industries Inc", "Brandtek" of "AB Brandtek Systems"
                for (int k : new int[] {from, end - 1}) {
                    String word = TaggedLine.key(line.words, k, k + 1);
                    if (end - from > 1 && word.length() > 2 && !tagger.mostlyLower.contains(word) && (lexicon.gazetteer.categories(word) & NOT_SHORT_FORMS) == 0)
                        votes.computeIfAbsent(word, x -> new int[TYPES.length])[org] += SURE_VOTE;
                }
            });
        }
    }

    /** Words before a name that say it is a company or club: "shares of X", "carmaker X", "club X". */
    private static final Set<String> ORG_BEFORE = Set.of("maker", "makers", "firm", "firms", "company", "companies",
            "carrier", "airline", "retailer", "giant", "rival", "rivals", "lender", "insurer", "operator", "producer",
            "manufacturer", "automaker", "carmaker", "chipmaker", "conglomerate", "brokerage", "newspaper", "daily",
            "broadcaster", "club", "clubs", "shares of", "stake in", "shares in", "unit of", "units of",
            "subsidiary of", "analysts at", "analyst at", "economists at", "economist at", "team", "chairman of",
            "director of", "manager of", "spokesman for", "spokeswoman for", "owner of", "board of", "side", "agency",
            "news agency", "group", "concern", "bank");
    /** Words before a place: "fighting in X", "the village of X". */
    private static final Set<String> PLACE_BEFORE = Set.of("in", "inside", "into", "near", "towards", "across",
            "throughout", "outside", "village of", "town of", "city of", "province of", "region of", "capital of",
            "port of", "north of", "south of", "east of", "west of");
    /** Place nouns that name the place after them: "the village of X". */
    private static final Set<String> PLACE_NOUN_OF = Set.of("village of", "town of", "city of", "province of",
            "region of", "island of", "port of", "district of", "county of", "state of");
    /** Place nouns after a place's name: "X province", "X village". */
    private static final Set<String> PLACE_NOUN_AFTER = Set.of("village", "town", "province", "district", "port",
            "island", "region");
    /** In a sports report, a team's context: "beat X", "X drew", "a homer for X", "X striker". */
    private static final Set<String> TEAM_CONTEXT = Set.of("beat", "beating", "defeated", "against", "v", "vs", "vs.",
            "thrashed", "blanked", "edged", "routed", "victory over", "win over", "homered for", "playing for", "drew",
            "lost", "won", "striker", "skipper", "midfielder", "defender", "goalkeeper", "winger", "fans", "supporters",
            "played for", "plays for", "joined", "joins", "signed for", "transferred to", "coach at", "winners over",
            "defeat to", "defeat by", "draw with", "lost to", "beaten by", "champions", "batsman", "bowler", "all-rounder",
            "captain", "coach", "manager", "pitcher", "quarterback", "'s");
    /** Nouns a side's name follows in sports copy; no person's name does. */
    private static final Set<String> SIDE_NOUNS = Set.of("team", "club", "side");
    /** A side takes a plural verb in British copy, a person never: "X are top", "X were beaten". */
    private static final Set<String> PLURAL_VERBS = Set.of("are", "were", "have");
    /** Words after a name that say the same: "X shares", "X said its", "X's shareholders". */
    private static final Set<String> ORG_AFTER = Set.of("shares", "stock", "shareholders", "subsidiary", "executives",
            "employees", "spokesman", "spokeswoman", "said its", "says its", "reported its", "'s shares", "'s stock",
            "'s shareholders", "'s board", "'s chairman", "'s chief", "'s profit", "'s revenue", "'s revenues",
            "'s earnings", "'s subsidiary", "'s unit", "'s plant", "'s stores", "'s executives", "'s employees",
            // armed groups: "X guerrillas" (nationalities are MISC already)
            "guerrillas", "gunmen", "militants", "rebels");

    /**
     * A name the document ever puts in a company's context is a company wherever the tagger, which
     * learnt mostly from people-heavy text, took it for a person or place ("Huawei said its").
     * Persons named in full are left alone.
     */
    private void organisationCues(List<TaggedLine> lines, Map<String, int[]> votes, Map<String, String> surnames) {
        int org = ordinal(EntityType.ORGANIZATION);
        boolean sports = WireRules.isSports(lines);
        Set<String> firstNames = new HashSet<>(); // "Amara" of "Amara Osei" is a person too
        for (String full : surnames.values()) firstNames.add(full.substring(0, full.indexOf(' ')));
        for (TaggedLine line : lines) {
            if (line.casing != Sequence.Casing.NORMAL) {
                if (sports) headlineSides(line, votes, surnames, firstNames);
                continue;
            }
            int[] listEnd = {-1}; // end of the last cued name: "makers X and Y" cues Y too
            // the tagger's names, and words it left untagged that are names elsewhere ("side Lorient")
            List<int[]> names = new ArrayList<>();
            line.forEachMention((from, to) -> names.add(new int[] {from, to}));
            for (int i = 0; i < line.words.length; i++) {
                String key = TaggedLine.key(line.words, i, i + 1);
                if (line.types[i] == null && startsCapitalised(line.words[i]) && votes.containsKey(key) && propagates(line, i, i + 1, key))
                    names.add(new int[] {i, i + 1});
            }
            names.sort(Comparator.comparingInt(r -> r[0]));
            for (int[] range : names) {
                int from = range[0], to = range[1];
                String key = TaggedLine.key(line.words, from, to);
                String[] w = line.words;
                boolean inList = listEnd[0] >= 0 && from == listEnd[0] + 1 && LIST_JOINS.contains(w[listEnd[0]]);
                listEnd[0] = -1;
                if (line.locked[from] || line.types[from] == EntityType.MISC) continue;
                String b1 = from > 0 ? w[from - 1].toLowerCase() : "", b2 = from > 1 ? w[from - 2].toLowerCase() + " " + b1 : "";
                String a1 = to < w.length ? w[to].toLowerCase() : "", a2 = to + 1 < w.length ? a1 + " " + w[to + 1].toLowerCase() : "";
                // "the village of X", "X province": a place, however the tagger read it
                if (PLACE_NOUN_OF.contains(b2) || PLACE_NOUN_AFTER.contains(a1)) {
                    votes.get(key)[ordinal(EntityType.LOCATION)] += SURE_VOTE;
                    continue;
                }
                // MISC readings (events, nationalities) rest on their own clues
                boolean plural = sports && PLURAL_VERBS.contains(a1);
                // "team Deportivo Lugones": a side named in full after its noun, however the tagger read it
                boolean sideNoun = sports && SIDE_NOUNS.contains(b1) && line.types[from] == EntityType.PERSON;
                if (sideNoun && !lexicon.isCountry(key)) {
                    votes.get(key)[org] += CUE_VOTE;
                    continue;
                }
                if (surnames.containsKey(key) || firstNames.contains(key) && !plural || line.types[from] == EntityType.PERSON && to - from > 1
                        || lexicon.isCountry(key)) continue;
                // "X cut its forecast": people have "his" or "her"
                if (line.types[from] == EntityType.PERSON && to - from == 1 && (PLACE_BEFORE.contains(b1) || PLACE_BEFORE.contains(b2))) {
                    votes.get(key)[ordinal(EntityType.LOCATION)] += CUE_VOTE; // "peace in X": a lone word read as a person
                    continue;
                }
                if (!sports && lexicon.isPlace(key)) continue; // "the Lisbon stock exchange": outside sports a place stays one
                boolean its = to + 1 < w.length && w[to + 1].equals("its") && Character.isLowerCase(w[to].charAt(0));
                if (inList || ORG_BEFORE.contains(b1) || ORG_BEFORE.contains(b2) || ORG_AFTER.contains(a1) || ORG_AFTER.contains(a2) || its
                        || sports && (TEAM_CONTEXT.contains(b1) || TEAM_CONTEXT.contains(b2) || TEAM_CONTEXT.contains(a1)) || plural) {
                    votes.get(key)[org] += CUE_VOTE;
                    listEnd[0] = to;
                }
            }
        }
    }

    /** Headline verbs of a win, with a side either side: "LEEDS BEAT HULL", "TIGERS EDGE ORIOLES". */
    private static final Set<String> WIN_VERBS = Set.of("beat", "beats", "edge", "edges", "down", "downs", "thrash",
            "thrashes", "rout", "routs", "crush", "crushes", "sink", "sinks", "outlast", "outlasts", "topple", "topples");

    /**
     * In a sports headline in capitals the names before and after a verb of winning are the sides;
     * a person the body names in full stays a person ("SELES BEATS HINGIS").
     */
    private void headlineSides(TaggedLine line, Map<String, int[]> votes, Map<String, String> surnames, Set<String> firstNames) {
        String[] w = line.words;
        line.forEachMention((from, to) -> {
            boolean beforeVerb = to < w.length && WIN_VERBS.contains(w[to].toLowerCase());
            boolean afterVerb = from > 0 && WIN_VERBS.contains(w[from - 1].toLowerCase());
            if (!beforeVerb && !afterVerb || line.locked[from] || line.types[from] == EntityType.MISC) return;
            String key = TaggedLine.key(w, from, to);
            if (surnames.containsKey(key) || firstNames.contains(key) || surnames.containsValue(key) || lexicon.isCountry(key)) return;
            votes.get(key)[ordinal(EntityType.ORGANIZATION)] += CUE_VOTE;
        });
    }

    /** Listed words no company's short form takes over: "American" of "American Express Co", "Texas" of "Texas Instruments Inc". */
    private static final int NOT_SHORT_FORMS = Gazetteer.COUNTRY | Gazetteer.REGION | Gazetteer.BIG_CITY | Gazetteer.DEMONYM;
    /** A company named in full outweighs any reading of its short forms. */
    private static final int SURE_VOTE = 100;
    /** A cue outweighs three plain mentions and a headline read otherwise. */
    private static final int CUE_VOTE = 8;
    private static final Set<String> LIST_JOINS = Set.of("and", "or", ",", "&");

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
