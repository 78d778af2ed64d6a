package newsfacts.core.entities;

import newsfacts.core.model.EntityType;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules on one tagged line that put the tagger's names into CoNLL shape: edges, titles, company
 * suffixes, nationalities, listed names, products, events, laws and compounds.
 */
final class NameRules {
    private final Lexicon lexicon;

    NameRules(Lexicon lexicon) { this.lexicon = lexicon; }

    void apply(TaggedLine line) {
        trimEdges(line);
        splitAtCommonWords(line);
        joinArticleNames(line);
        joinSurnameParticles(line);
        joinRegnalNumbers(line);
        splitPlacePossessives(line);
        dropTitles(line);
        markCompanies(line);
        markDemonyms(line);
        dropSlug(line);
        markKnownNames(line);
        markProducts(line);
        markNameCompounds(line);
        markEvents(line);
        markMedia(line);
        markShips(line);
        markInstitutions(line);
        joinOrganisations(line);
        markDefinitions(line);
    }

    /**
     * "the Council for Arctic Fisheries and Shipping (CAFS)": a name that defines an
     * acronym is one name, whatever the tagger split, and the acronym names the same thing.
     */
    private void markDefinitions(TaggedLine line) {
        String[] w = line.words;
        for (int k = 2; k + 2 < w.length; k++) {
            if (!w[k].equals("(") || !w[k + 2].equals(")") || !isAcronym(w[k + 1]) || lexicon.isPlace(Gazetteer.normalise(w[k + 1]))) continue;
            int from = definitionStart(line, k, w[k + 1]);
            if (from < 0) continue;
            EntityType type = definedType(line, from, k);
            if (type == null) continue;
            line.lock(from, k, type);
            line.lock(k + 1, k + 2, type);
        }
    }

    private static boolean isAcronym(String w) {
        if (w.length() < 2 || w.length() > 8 || !Character.isUpperCase(w.charAt(0))) return false;
        int upper = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isUpperCase(c)) upper++;
            else if (!Character.isLowerCase(c) && c != '.' && c != '&') return false;
        }
        return upper >= 2;
    }

    /**
     * Where the name defining {@code acronym} starts before the bracket at {@code open}, or -1: the
     * acronym's letters, read right to left, must occur in order in the capitalised words before it,
     * its first letter starting a word (Schwartz and Hearst's rule). A name the tagger began earlier
     * keeps its start ("Union for the Defence of Farmers ... (UDF)").
     */
    private static int definitionStart(TaggedLine line, int open, String acronym) {
        String[] w = line.words;
        if (!TaggedLine.isCapitalisedWord(w[open - 1])) return -1;
        int lo = open - 1;
        while (lo > 0 && open - lo < acronym.length() + 5 && (TaggedLine.isCapitalisedWord(w[lo - 1])
                || NAME_PARTICLES.contains(w[lo - 1]) && lo > 1 && TaggedLine.isCapitalisedWord(w[lo - 2]))) lo--;
        int word = open - 1, at = w[word].length() - 1;
        for (int s = acronym.length() - 1; s >= 0; s--) {
            char c = Character.toLowerCase(acronym.charAt(s));
            if (!Character.isLetterOrDigit(c)) continue;
            while (true) {
                if (at < 0) {
                    if (--word < lo) return -1;
                    at = w[word].length() - 1;
                    continue;
                }
                boolean match = Character.toLowerCase(w[word].charAt(at)) == c;
                at--;
                if (match && (s > 0 || at < 0)) break; // the first letter must start a word
            }
        }
        if (open - word < 2 || !TaggedLine.isCapitalisedWord(w[word])) return -1;
        int from = word;
        while (from > lo && line.types[from] != null && !line.begins[from] && line.types[from - 1] == line.types[from]) from--;
        return from;
    }

    /**
     * What a defined acronym names: nothing the tagger saw no name in, or a person ("Alan John
     * Percivale (A.J.P.)"); a place or other name the tagger read whole as one; else an organisation.
     */
    private static EntityType definedType(TaggedLine line, int from, int to) {
        boolean named = false;
        for (int k = from; k < to; k++) {
            if (line.types[k] == EntityType.PERSON) return null;
            named |= line.types[k] != null;
        }
        if (!named) return null;
        boolean whole = line.begins[from] && (to == line.words.length || line.types[to] != line.types[from] || line.begins[to]);
        for (int k = from + 1; k < to && whole; k++) whole = line.types[k] == line.types[from] && !line.begins[k];
        return whole ? line.types[from] : EntityType.ORGANIZATION;
    }

    private static final Set<String> INSTITUTION_HEADS = Set.of("exchange", "bank", "ministry", "council", "party",
            "association", "federation", "union", "committee", "commission", "university", "agency", "board",
            "institute", "fund", "court", "army", "police", "parliament", "assembly", "corporation", "authority",
            "foundation", "airlines", "airways", "bureau", "department", "office", "society", "club", "newsroom", "desk",
            // what a company makes or does, as its name ends: "Kowloon Cement", "Ardenne Cables", "Halvard Holdings"
            "cement", "steel", "electric", "power", "cables", "textiles", "motors", "chemical", "chemicals", "mining",
            "petroleum", "holdings", "industries", "securities", "insurance", "telecom", "pharmaceuticals", "shipping",
            "breweries", "electronics", "communications", "services", "investments", "enterprises");

    private static final Set<String> SIGN_OFFS = Set.of("newsroom", "desk");

    /**
     * "Chicago Board of Trade", "National Bank", "Liberal Party": capitalised words ending in an
     * institution word (with an "of ..." after it) are an organisation, whatever the tagger split.
     */
    private void markInstitutions(TaggedLine line) {
        String[] w = line.words;
        for (int k = 1; k < w.length; k++) {
            if (!INSTITUTION_HEADS.contains(w[k].toLowerCase()) || !TaggedLine.isCapitalisedWord(w[k])) continue;
            // a headline's capitals hide where names end; a sign-off ("-- Oslo Newsroom +47 ...") is plain
            if (line.casing != Sequence.Casing.NORMAL && !SIGN_OFFS.contains(w[k].toLowerCase())) continue;
            boolean signOff = SIGN_OFFS.contains(w[k].toLowerCase()); // no person's name ends in "Newsroom"
            if (line.types[k] == EntityType.PERSON && !signOff || line.locked[k]) continue; // a MISC reading gives way: "Foreign Ministry"
            int from = k;
            while (from > 0 && isNameWord(w, from - 1) && (line.types[from - 1] != EntityType.PERSON || signOff)
                    && !NAME_COMPOUND.matcher(w[from - 1]).matches() // "Oslo-based Acme Holdings"
                    && !isPeople(w[from - 1]) && !line.locked[from - 1]
                    && (line.types[from - 1] != null || !Sequence.startsSentence(w, from - 1))) from--;
            int to = k + 1;
            if (to + 1 < w.length && w[to].equals("of") && TaggedLine.isCapitalisedWord(w[to + 1])) {
                to += 2;
                while (to < w.length && TaggedLine.isCapitalisedWord(w[to]) && line.types[to] != EntityType.PERSON) to++;
            }
            if (from == k && to == k + 1) continue;
            if (line.cuts(from, to) || lexicon.isPlace(TaggedLine.key(w, from, to))) continue; // "West Bank"
            line.mark(from, to, EntityType.ORGANIZATION);
            k = to - 1;
        }
    }

    /**
     * A place right before an organisation names it ("New York Stock Exchange", "Chicago Board of
     * Trade"); names joined by "&" are one firm ("Procter & Gamble").
     */
    private static void joinOrganisations(TaggedLine line) {
        String[] w = line.words;
        for (int k = 1; k < w.length; k++) {
            if (line.types[k] == EntityType.ORGANIZATION && line.begins[k] && line.types[k - 1] == EntityType.LOCATION && !line.locked[k - 1]) {
                int from = k - 1, to = k + 1;
                while (from > 0 && line.types[from - 1] == EntityType.LOCATION && !line.begins[from]) from--;
                while (to < w.length && line.types[to] == EntityType.ORGANIZATION && !line.begins[to]) to++;
                if (!line.locked[k]) line.mark(from, to, EntityType.ORGANIZATION);
            } else if (w[k].equals("&") && k + 1 < w.length && line.types[k - 1] != null && line.types[k - 1] != EntityType.PERSON
                    && TaggedLine.isCapitalisedWord(w[k + 1]) && !line.locked[k - 1]) {
                int from = k - 1, to = k + 1;
                while (from > 0 && line.types[from - 1] == line.types[k - 1] && !line.begins[from]) from--;
                while (to < w.length && TaggedLine.isCapitalisedWord(w[to]) && (line.types[to] == null || to == k + 1 || !line.begins[to])) to++;
                line.mark(from, to, EntityType.ORGANIZATION);
            }
        }
    }

    /**
     * A name starts and ends with a capitalised word: "beat Rotterdam", "OSLO 3" lose
     * their edges; a number inside splits two names ("Lyon 2 Nantes"); a person's initial
     * before the name joins it ("J. Okafor").
     */
    private void trimEdges(TaggedLine line) {
        for (int k = 1; k + 1 < line.words.length; k++) {
            if (line.types[k] != null && !line.begins[k] && Character.isDigit(line.words[k].charAt(0))) {
                line.types[k] = null;
                line.begins[k + 1] = true;
            }
        }
        for (int k = line.words.length - 2; k >= 0; k--) {
            if (line.types[k] != null || !isInitial(line.words[k])) continue;
            if (line.types[k + 1] == EntityType.PERSON && line.begins[k + 1]) {
                line.begins[k + 1] = false;
                line.types[k] = EntityType.PERSON;
                line.begins[k] = true;
            } else if (line.types[k + 1] == null && TaggedLine.isCapitalisedWord(line.words[k + 1])) {
                line.mark(k, k + 2, EntityType.PERSON); // "J. Okafor" in a scorecard
            } else if (line.types[k + 1] != null && line.begins[k + 1] && (k + 2 == line.words.length || !line.types[k + 1].equals(line.types[k + 2]) || line.begins[k + 2])
                    && !"NSEW".contains(line.words[k].substring(0, 1))
                    && (lexicon.placeCategories(Gazetteer.normalise(line.words[k + 1])) & (Gazetteer.COUNTRY | Gazetteer.REGION | Gazetteer.BIG_CITY)) == 0) {
                line.mark(k, k + 2, EntityType.PERSON); // "J. Reading" read as a town; "N. Ireland", "S. African" stay
            }
        }
        line.forEachMention((from, to) -> {
            int a = from, b = to;
            while (a < b && !nameEdge(line, a)) a++;
            while (b > a && !nameEdge(line, b - 1)) b--;
            for (int k = from; k < to; k++) if (k < a || k >= b) line.types[k] = null;
            if (a < b) line.begins[a] = true;
        });
    }

    private static final Set<String> TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president",
            "vice", "prime", "minister", "foreign", "chancellor", "secretary", "secretary-general", "general", "gen.",
            "senator", "sen.", "rep.", "judge", "justice", "king", "queen", "prince", "princess", "pope", "sir", "lord",
            "lady", "dame", "sheikh", "ayatollah", "governor", "gov.", "mayor", "premier", "colonel", "col.", "captain",
            "capt.", "commander", "admiral", "sergeant", "lieutenant", "lt.", "major", "maj.", "professor", "prof.",
            "bishop", "cardinal", "rabbi", "imam", "coach", "manager", "chairman", "chief", "director", "ambassador",
            "spokesman", "spokeswoman", "speaker", "emperor", "archbishop", "father", "brother", "sister", "saint",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    static final Set<String> TIME_WORDS = Set.of("january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    /** Titles that are never a name on their own (unlike "Major", "Chief" or "Prince"). */
    private static final Set<String> LONE_TITLES = Set.of("prime", "president", "minister", "foreign", "vice",
            "secretary", "chancellor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "premier", "senator", "governor", "mayor");
    private static final Set<String> PARTY_WORDS = Set.of("democratic", "republican", "democrat", "conservative", "labour",
            "socialist", "communist", "liberal");

    /**
     * "President Obama", "Republican Senator Jane Doe", "Lieutenant-General Ivan Petrov",
     * "Kenyan Prime Minister X" name only the person (CoNLL); "March Regional Council ..."
     * starts after the month.
     */
    private void dropTitles(TaggedLine line) {
        line.forEachMention((from, to) -> {
            String lone = to - from == 1 ? line.words[from].toLowerCase() : "";
            if (TIME_WORDS.contains(lone) || LONE_TITLES.contains(lone)) {
                line.types[from] = null; // "SATURDAY" in a caps line, "Prime" of "Prime Minister"
                return;
            }
            boolean person = line.types[from] == EntityType.PERSON;
            int a = from;
            while (a < to - 1 && (person ? isTitle(line.words[a]) : TIME_WORDS.contains(line.words[a].toLowerCase()))) a++;
            if (person && a == to - 1 && isTitle(line.words[a]) && !TIME_WORDS.contains(line.words[a].toLowerCase())) a = to; // "Kenyan Prime"
            for (int k = from; k < a; k++) line.types[k] = null;
            if (a == to) return;
            line.begins[a] = true;
            // "NATO Secretary-General", "Acme Chairman": the office after a name is not part of it
            int b = to;
            while (!person && b - 1 > a && ROLE_TAILS.contains(line.words[b - 1].toLowerCase())) b--;
            // "Jane Doe Monday", "Acme Daily on Saturday": a day or month after a name is not part of it
            while (b - 1 > a && TIME_WORDS.contains(line.words[b - 1].toLowerCase())) {
                b--;
                while (b - 1 > a && Character.isLowerCase(line.words[b - 1].charAt(0))) b--;
            }
            for (int k = b; k < to; k++) line.types[k] = null;
        });
    }

    private static final Set<String> ROLE_TAILS = Set.of("secretary-general", "president", "vice-president", "prime", "minister",
            "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "ambassador", "governor", "mayor",
            "premier", "chancellor", "commander", "envoy", "chief", "boss", "ceo");

    private boolean isTitle(String word) {
        String w = word.toLowerCase();
        if (TITLES.contains(w) || PARTY_WORDS.contains(w) || lexicon.demonyms.containsKey(w)) return true;
        for (String part : w.split("-")) if (TITLES.contains(part)) return true; // "Major-General"
        return false;
    }

    private static final Set<String> NAME_PARTICLES = Set.of("of", "de", "du", "des", "da", "das", "do", "dos", "di",
            "del", "della", "van", "von", "der", "den", "ter", "la", "le", "al", "el", "bin", "ibn", "y", "and", "for",
            "the", "&", "on", "upon", "in", "am", "an", "zu", "und", "et", "e", "st.", "'s");

    /** A lower-case word that is no name particle splits a mention: "Spanish striker Ana Ruiz". */
    private static void splitAtCommonWords(TaggedLine line) {
        if (line.casing == Sequence.Casing.ALL_CAPS) return;
        line.forEachMention((from, to) -> {
            for (int k = from + 1; k < to - 1; k++) {
                String w = line.words[k];
                if (!Character.isLowerCase(w.charAt(0)) || NAME_PARTICLES.contains(w) || w.length() > 1 && Character.isUpperCase(w.charAt(1))
                        || ARTICLE_NAME.matcher(w).matches()) continue;
                line.types[k] = null;
                line.begins[k + 1] = true;
            }
        });
    }

    /** "Khaled al-Nouri" read as two persons is one: the article binds the name to the one before it. */
    private static void joinArticleNames(TaggedLine line) {
        for (int k = 1; k < line.words.length; k++) {
            if (line.types[k - 1] != EntityType.PERSON || !ARTICLE_NAME.matcher(line.words[k]).matches() || line.types[k] != null && (line.types[k] != EntityType.PERSON || !line.begins[k])) continue;
            int from = k - 1, to = k + 1;
            while (from > 0 && line.types[from - 1] == EntityType.PERSON && !line.begins[from]) from--;
            while (to < line.words.length && line.types[to] == EntityType.PERSON && !line.begins[to]) to++;
            line.mark(from, to, EntityType.PERSON);
        }
    }

    static final Pattern REGNAL = Pattern.compile("(?=[XVI])X{0,2}(?:IX|IV|V?I{0,3})");

    /** Words after which "I" is the speaker: "told Henrik I would", "Henrik I think". */
    private static final Set<String> FIRST_PERSON_VERBS = Set.of("am", "was", "would", "will", "shall", "have", "had",
            "can", "could", "should", "must", "may", "might", "do", "did", "don't", "didn't", "think", "thought", "know",
            "knew", "said", "say", "told", "feel", "felt", "want", "wanted", "hope", "believe", "guess", "mean", "see",
            "'m", "'ve", "'d", "'ll");

    /**
     * "Henrik IV", "Olav V": a monarch's or pope's number is part of the name ("Henrik I born"),
     * but not a speaker's "I" ("told Henrik I would").
     */
    private static void joinRegnalNumbers(TaggedLine line) {
        String[] w = line.words;
        line.forEachMention((from, to) -> {
            if (line.types[from] != EntityType.PERSON || to == w.length || line.types[to] != null || !REGNAL.matcher(w[to]).matches()) return;
            if (w[to].equals("I") && to + 1 < w.length && FIRST_PERSON_VERBS.contains(w[to + 1].toLowerCase())) return;
            line.mark(from, to + 1, EntityType.PERSON);
        });
    }

    private static final Set<String> SURNAME_PARTICLES = Set.of("van", "von", "der", "den", "ter", "de", "da", "di", "du", "wa",
            "dos", "das", "del", "della", "le", "la");

    /**
     * "de Haan", "Piet van der Berg", "Van der Berg": the particles of a surname belong to it, and
     * so does the first name or capitalised particle before them; a capitalised particle and
     * lower-case ones make a surname of the name after them.
     */
    private void joinSurnameParticles(TaggedLine line) {
        String[] w = line.words;
        for (int k = 1; k < w.length; k++) {
            if (line.types[k] != EntityType.PERSON || !line.begins[k] || line.types[k - 1] != null || !SURNAME_PARTICLES.contains(w[k - 1])) continue;
            int to = k + 1;
            while (to < w.length && line.types[to] == EntityType.PERSON && !line.begins[to]) to++;
            int from = k - 1;
            while (from > 0 && line.types[from - 1] == null && SURNAME_PARTICLES.contains(w[from - 1])) from--;
            if (from > 0 && TaggedLine.isCapitalisedWord(w[from - 1]) && !isTitle(w[from - 1]) && !TIME_WORDS.contains(w[from - 1].toLowerCase())
                    && (line.types[from - 1] == null || line.types[from - 1] == EntityType.PERSON
                    || SURNAME_PARTICLES.contains(w[from - 1].toLowerCase()) && !line.locked[from - 1])) {
                from--;
                while (from > 0 && line.types[from] == EntityType.PERSON && !line.begins[from]) from--;
            }
            line.mark(from, to, EntityType.PERSON);
            k = to - 1;
        }
        // "Van der Berg", "De la Cruz": a capitalised particle, lower-case ones, then the name
        for (int k = 0; k + 2 < w.length; k++) {
            if (!SURNAME_PARTICLES.contains(w[k].toLowerCase()) || !Character.isUpperCase(w[k].charAt(0)) || line.locked[k]) continue;
            int to = k + 1;
            while (to < w.length && SURNAME_PARTICLES.contains(w[to]) && line.types[to] == null) to++;
            int end = to;
            while (end < w.length && TaggedLine.isCapitalisedWord(w[end]) && !line.locked[end] && (end == to || line.types[end] == EntityType.PERSON)) end++;
            if (to == k + 1 || end == to || line.cuts(k, end)) continue;
            line.mark(k, end, EntityType.PERSON);
            k = end - 1;
        }
    }

    /** "Oslo's Northern Teaching Hospital" is two names, a place and its hospital ("McDonald's Corp" stays one). */
    private void splitPlacePossessives(TaggedLine line) {
        line.forEachMention((from, to) -> {
            for (int k = from + 1; k + 1 < to; k++) {
                if (!line.words[k].equals("'s") || !lexicon.isPlace(TaggedLine.key(line.words, from, k))) continue;
                EntityType rest = line.types[from] == EntityType.PERSON ? EntityType.ORGANIZATION : line.types[from];
                line.mark(from, k, EntityType.LOCATION);
                line.types[k] = null;
                line.mark(k + 1, to, rest);
                return;
            }
        });
    }

    static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.",
            "plc", "llc", "ag", "gmbh", "nv", "n.v.", "sa", "s.a.", "spa", "s.p.a.", "bhd", "pty", "lp", "llp", "limited",
            "corporation", "incorporated", "bros", "bros.", "ab", "asa", "oyj", "kk");

    /**
     * "Acme Corp.", "Smith & Sons Ltd": a company suffix makes an organisation of the capitalised
     * words just before it, tagged or not ("Harlow & Fenwick Co", "First Dunmore Savings Corp.", "Tindall's Bakeries Inc").
     */
    private static void markCompanies(TaggedLine line) {
        String[] w = line.words;
        for (int k = 1; k < w.length; k++) {
            if (!Character.isUpperCase(w[k].charAt(0)) || !COMPANY_SUFFIXES.contains(w[k].toLowerCase())) continue;
            int to = k + 1;
            while (to < w.length && Character.isUpperCase(w[to].charAt(0)) && COMPANY_SUFFIXES.contains(w[to].toLowerCase())) to++;
            int a = k;
            while (a > 0 && (line.types[a - 1] != null && (line.types[a - 1] != EntityType.PERSON || a < k && !line.begins[a]) || companyWord(w, a - 1)
                    || (w[a - 1].equals("&") || w[a - 1].equals("'s")) && a > 1 && TaggedLine.isCapitalisedWord(w[a - 2]))) a--;
            // a person's name may be the firm's ("Carter Hollis & Co"), not a title before it; a name the
            // tagger read as a person runs whole into the suffix ("Brenlow Minerals Corp" opening a sentence)
            if (a < k && !line.locked[a] && !line.cuts(a, to)) line.mark(a, to, EntityType.ORGANIZATION);
            k = to - 1;
        }
    }

    private static boolean companyWord(String[] w, int k) {
        return TaggedLine.isCapitalisedWord(w[k]) && !Sequence.startsSentence(w, k) && !TITLES.contains(w[k].toLowerCase());
    }

    /** A nationality ("Kenyan", "South African", "Peruvians") is MISC, as CoNLL has it; the entity builder maps adjectives to the country. */
    private void markDemonyms(TaggedLine line) {
        for (int i = 0; i < line.words.length; i++) {
            if (!Character.isUpperCase(line.words[i].charAt(0))) continue;
            for (int end = Math.min(line.words.length, i + 2); end > i; end--) {
                if (!lexicon.demonyms.containsKey(TaggedLine.key(line.words, i, end))) continue;
                while (end < line.words.length && isPeople(line.words[end])) end++; // "Afghan Tajiks", "Turkish Kurds"
                boolean alone = (i == 0 || line.types[i] == null || line.begins[i] || line.types[i - 1] == null)
                        && (end == line.words.length || line.types[end] == null || line.begins[end]);
                if (alone) line.mark(i, end, EntityType.MISC);
                i = end - 1;
                break;
            }
        }
    }

    /** A nationality or people: "Serbs", "Kurdish". */
    private boolean isPeople(String word) {
        if (!Character.isUpperCase(word.charAt(0))) return false;
        String key = Gazetteer.normalise(word);
        return lexicon.demonyms.containsKey(key) || lexicon.knownNames.get(key) == EntityType.MISC;
    }

    /** The desk slug of a wire headline ("SOCCER - ...", "CRICKET-...") names no entity. */
    private static void dropSlug(TaggedLine line) {
        String[] w = line.words;
        for (int k = 0; k + 1 < w.length && k < 3; k++) {
            if (!w[k + 1].equals("-") || !WireRules.SPORTS.contains(w[k].toLowerCase())) continue;
            for (int j = 0; j <= k; j++) line.types[j] = null;
            if (line.types[k + 2 < w.length ? k + 2 : k] != null) line.begins[Math.min(k + 2, w.length - 1)] = true;
            return;
        }
    }

    private static boolean isInitial(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    private static boolean nameEdge(TaggedLine line, int k) {
        String w = line.words[k];
        char c = w.charAt(0);
        if (!Character.isLetter(c)) return false;
        return line.casing != Sequence.Casing.NORMAL || Character.isUpperCase(c)
                || w.length() > 1 && Character.isUpperCase(w.charAt(1)) // "iPhone", "eBay"
                || ARTICLE_NAME.matcher(w).matches();
    }

    /** An Arabic name with its article, lower-case in English copy: "Karim al-Nouri", "Hassan el-Badri". */
    private static final Pattern ARTICLE_NAME = Pattern.compile("(?:al|el|ad|ash|as|an|ar|at|az)-\\p{Lu}\\p{L}+");

    /** Names from the hand-made list take its type, wherever they stand (case as listed). */
    private void markKnownNames(TaggedLine line) {
        for (int i = 0; i < line.words.length; i++) {
            if (!Character.isUpperCase(line.words[i].charAt(0))) continue;
            for (int end = Math.min(line.words.length, i + 4); end > i; end--) {
                EntityType type = lexicon.knownNames.get(TaggedLine.key(line.words, i, end));
                if (type == null || line.casing == Sequence.Casing.NORMAL && !Character.isUpperCase(line.words[end - 1].charAt(0))
                        && Character.isLetter(line.words[end - 1].charAt(0))) continue;
                if (line.cuts(i, end)) continue; // "Arab" in "Arab League" stays
                line.mark(i, end, type);
                i = end - 1;
                break;
            }
        }
    }

    private static final Set<String> PRODUCT_NOUNS = Set.of("missile", "missiles", "rocket", "rockets", "drone", "drones",
            "tank", "tanks", "jet", "jets", "fighter", "fighters", "howitzer", "howitzers", "launcher", "launchers",
            "system", "systems", "aircraft", "helicopter", "helicopters", "warplane", "warplanes", "rifle", "rifles",
            // market indices are products of their publisher: "the Nikkei average", "the Acme composite index"
            "index", "indices", "average", "composite", "industrial");

    private static final Pattern NAME_COMPOUND = Pattern.compile(
            "(?:ex-\\p{Lu}.*|\\p{Lu}.*-(?:based|born|ruled|led|backed|owned|made|controlled|bound|style|sponsored|funded|brokered|run|origin|speaking))");

    /** "New York-based", "Kenyan-born", "ex-Chelsea": an adjective made from a name is MISC (CoNLL). */
    private static void markNameCompounds(TaggedLine line) {
        for (int k = 0; k < line.words.length; k++) {
            if (!NAME_COMPOUND.matcher(line.words[k]).matches()) continue;
            int from = k;
            // the name may start before: "New York-based"
            while (from > 0 && TaggedLine.isCapitalisedWord(line.words[from - 1]) && !line.words[k].startsWith("ex-")
                    && (line.types[from - 1] != null || !Sequence.startsSentence(line.words, from - 1))) from--;
            line.mark(from, k + 1, EntityType.MISC);
        }
    }

    private static final Set<String> EVENT_HEADS = Set.of("open", "cup", "championship", "championships", "classic",
            "prix", "games", "olympics", "olympiad", "trophy", "derby", "marathon", "masters", "series", "festival",
            "war", "tournament", "day", "rally", "regatta", "biennale", "expo", "summit", "league", "division");

    /**
     * "French Open", "Davis Cup", "the Crimean War", "Acme Classic": a name ending in an event word
     * (and the "of ..." a tagged name runs on with) is an event (MISC); so are sports competitions, "National League", "Eastern Division".
     */
    private static void markEvents(TaggedLine line) {
        String[] w = line.words;
        for (int k = 1; k < w.length; k++) {
            if (!EVENT_HEADS.contains(w[k].toLowerCase()) || !Character.isUpperCase(w[k].charAt(0))) continue;
            int from = k;
            while (from > 0 && (line.types[from - 1] != null || TaggedLine.isCapitalisedWord(w[from - 1]))
                    && Character.isUpperCase(w[from - 1].charAt(0)) && !line.locked[from - 1]) {
                from--;
                if (line.types[from] != null && line.begins[from]) break;
            }
            if (from == k || Sequence.startsSentence(w, from) && line.types[from] == null) continue;
            int to = k + 1; // "World Series of Darts": the event's "of ..." is part of it
            if (to + 1 < w.length && w[to].equals("of") && TaggedLine.isCapitalisedWord(w[to + 1]) && line.types[to] == line.types[k] && line.types[k] != null) {
                to += 2;
                while (to < w.length && TaggedLine.isCapitalisedWord(w[to]) && line.types[to] == line.types[k] && !line.begins[to]) to++;
            }
            if (line.types[from] == EntityType.PERSON || line.cuts(from, to)) continue;
            line.mark(from, to, EntityType.MISC);
        }
    }

    private static final Set<String> MEDIA_NOUNS = Set.of("newspaper", "daily", "weekly", "agency", "radio",
            "television", "tv", "broadcaster", "magazine", "tabloid", "paper");

    /** "the daily El Diario", "Novosti news agency": a name beside a media word is an organisation, unless a place. */
    private void markMedia(TaggedLine line) {
        String[] w = line.words;
        for (int k = 0; k < w.length; k++) {
            if (!MEDIA_NOUNS.contains(w[k])) continue;
            int from = k + 1, to = k + 1; // a name after: "the daily X" (not "the daily X on Monday", "agency Monday")
            while (to < w.length && (isNameWord(w, to) || to > from && NAME_PARTICLES.contains(w[to]) && to + 1 < w.length
                    && isNameWord(w, to + 1))) to++;
            if (to == from) { // a name before: "X newspaper", "X news agency"
                to = k > 0 && w[k - 1].equals("news") ? k - 1 : k;
                from = to;
                while (from > 0 && TaggedLine.isCapitalisedWord(w[from - 1])) from--;
                if (from < to && Sequence.startsSentence(w, from) && line.types[from] == null) from++;
            }
            if (from >= to || line.cuts(from, to) || line.locked[from]) continue;
            if ((lexicon.gazetteer.categories(TaggedLine.key(w, from, to)) & ~Gazetteer.ORG & ~Gazetteer.ORG_ABBR) != 0) continue;
            line.mark(from, to, EntityType.ORGANIZATION);
        }
    }

    /** A capitalised word that is no day or month name. */
    private static boolean isNameWord(String[] w, int k) {
        return TaggedLine.isCapitalisedWord(w[k]) && !TIME_WORDS.contains(w[k].toLowerCase());
    }

    private static final Set<String> SHIP_NOUNS = Set.of("warship", "frigate", "destroyer", "submarine", "cruiser",
            "battleship", "liner", "tanker", "freighter", "ferry", "yacht", "carrier", "carriers");

    /** "the aircraft carrier Nimitz", "the tanker Sea Star": a ship's name is MISC (CoNLL). */
    private static void markShips(TaggedLine line) {
        String[] w = line.words;
        for (int k = 0; k + 1 < w.length; k++) {
            if (!SHIP_NOUNS.contains(w[k]) || w[k].startsWith("carrier") && (k == 0 || !w[k - 1].equals("aircraft"))) continue;
            int to = k + 1;
            while (to < w.length && to - k <= 3 && TaggedLine.isCapitalisedWord(w[to])) to++;
            if (to == k + 1 || line.cuts(k + 1, to) || line.locked[k + 1]) continue;
            line.lock(k + 1, to, EntityType.MISC);
        }
    }

    private static final Set<String> LAW_NOUNS = Set.of("agreement", "treaty", "accord", "accords", "act", "convention",
            "protocol", "charter", "doctrine", "directive", "amendment");

    /**
     * "ATACMS missiles", "Patriot systems": a name before a weapon noun is a product (MISC), unless
     * a place or nationality; "Paris Agreement", "Patriot Act": treaties and laws are MISC too.
     */
    private void markProducts(TaggedLine line) {
        line.forEachMention((from, to) -> {
            if (to - from >= 2 && LAW_NOUNS.contains(line.words[to - 1].toLowerCase())) {
                line.mark(from, to, EntityType.MISC);
                return;
            }
            if (to >= line.words.length || !PRODUCT_NOUNS.contains(line.words[to])) return;
            if (lexicon.gazetteer.categories(TaggedLine.key(line.words, from, to)) != 0) return;
            if (INSTITUTION_HEADS.contains(line.words[to - 1].toLowerCase())) return; // "the Stock Exchange index"
            line.mark(from, to, EntityType.MISC);
        });
    }

}
