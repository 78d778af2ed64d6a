package newsfacts.core.entities;

import newsfacts.core.model.EntityType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Conventions of wire copy that span a document: datelines, a person's country in brackets, and
 * in sports reports the teams of results tables; a lone person-read word that is a known place.
 */
final class WireRules {
    private final Lexicon lexicon;

    WireRules(Lexicon lexicon) { this.lexicon = lexicon; }

    void apply(List<TaggedLine> lines) {
        markDatelines(lines);
        markPressDigest(lines);
        boolean resultsOfPeople = personsWithCountries(lines) >= 3;
        boolean sports = isSports(lines);
        for (TaggedLine line : lines) markCountriesOfPersons(line, resultsOfPeople, sports);
        if (sports) {
            for (TaggedLine line : lines) {
                markFixtures(line);
                markScorecard(line);
                markNicknames(line);
                markLineups(line);
                markVersus(line);
                markTownInitials(line);
                markResult(line);
                markVenue(line);
            }
            teamsInTables(lines, TaggedLine.surnames(lines), resultsOfPeople);
            // read again after the tables' retyping; the sides' one-word locks leave full names alone
            Map<String, String> surnames = TaggedLine.surnames(lines);
            for (TaggedLine line : lines) sidesWithCountries(line, surnames);
            for (TaggedLine line : lines) clubsNotPlaces(line);
        }
        if (isCricket(lines)) for (TaggedLine line : lines) countiesAreClubs(line);
        Map<String, String> surnames = TaggedLine.surnames(lines);
        for (TaggedLine line : lines) listsOfPeople(line, surnames);
        placesNotPersons(lines);
        countriesArePlaces(lines, sports);
    }

    private static final int MIN_LIST_ITEMS = 4;

    /**
     * "Varga, Ruiz, Jana Pons, Eva Berg, Okafor": in a list of names, a third or more of them people
     * (read so, or named in full elsewhere), the rest are people too, however the tagger read a lone surname
     * ("Lincoln" in a line-up is no town). An item's bracket ("(captain)") and a team label before a
     * colon are not items.
     */
    private void listsOfPeople(TaggedLine line, Map<String, String> surnames) {
        String[] w = line.words;
        List<int[]> items = new ArrayList<>();
        int others = 0, people = 0;
        for (int from = 0; from < w.length; ) {
            int end = from;
            while (end < w.length && !w[end].equals(",") && !w[end].equals(";")) end++;
            int to = from;
            while (to < end && !w[to].equals("(") && !(to == w.length - 1 && w[to].equals("."))) to++; // the last item ends the sentence
            boolean name = to - from >= 1 && to - from <= 3;
            for (int k = from; k < to && name; k++) name = TaggedLine.isCapitalisedWord(w[k]) && !NameRules.TIME_WORDS.contains(w[k].toLowerCase());
            if (name) {
                items.add(new int[] {from, to});
                if (isPerson(line, from, to) || to - from == 1 && surnames.containsKey(TaggedLine.key(w, from, to))) people++;
            } else if (to > from) {
                others++;
            }
            from = end + 1;
        }
        if (items.size() < MIN_LIST_ITEMS || others > 1 || people < 2 || 3 * people < items.size()) return;
        for (int k = 0; k < w.length; k++) {
            if ((w[k].equals(",") || w[k].equals(";")) && line.types[k] != null && !line.locked[k]) line.mark(k, k + 1, null); // "Ruiz, Pons" read as one
        }
        for (int[] item : items) {
            if (isPerson(line, item[0], item[1]) || line.locked[item[0]] || line.cuts(item[0], item[1])
                    || lexicon.isCountry(TaggedLine.key(w, item[0], item[1]))) continue;
            line.lock(item[0], item[1], EntityType.PERSON);
        }
    }

    /** Whether words [from, to) are one mention read as a person. */
    private static boolean isPerson(TaggedLine line, int from, int to) {
        if (line.types[from] != EntityType.PERSON || !line.begins[from]) return false;
        for (int k = from + 1; k < to; k++) if (line.types[k] != EntityType.PERSON || line.begins[k]) return false;
        return to == line.words.length || line.types[to] != EntityType.PERSON || line.begins[to];
    }

    /** A club told from a namesake by its town's initials ("Slavorin (K) 2 Kovina (PT) 1") has them in its name. */
    private static void markTownInitials(TaggedLine line) {
        String[] w = line.words;
        for (int k = 1; k + 2 < w.length; k++) {
            if (!w[k].equals("(") || !w[k + 2].equals(")") || !w[k + 1].matches("[A-Z]{1,2}")) continue;
            boolean oneWord = TaggedLine.isCapitalisedWord(w[k - 1]) && (k == 1 || !TaggedLine.isCapitalisedWord(w[k - 2]));
            if (oneWord && !line.locked[k - 1] && !line.cuts(k - 1, k + 3)) line.lock(k - 1, k + 3, EntityType.ORGANIZATION);
        }
    }

    /**
     * "Borva Dunmore 2 Kirkwall 0", "Tarn Rovers 0 Queen of Glenn 2": a line that is just two names, each with
     * one score, is a match result; both names are sides, even two words the tagger read as a person.
     */
    private void markResult(TaggedLine line) {
        String[] w = line.words;
        int first = -1;
        for (int k = 1; k + 1 < w.length && first < 0; k++) if (isInteger(w[k])) first = k;
        int last = w.length - 1;
        if (first < 0 || !isInteger(w[last]) || !isSide(w, 0, first) || !isSide(w, first + 1, last)) return;
        for (int[] side : new int[][] {{0, first}, {first + 1, last}}) {
            if (line.locked[side[0]] || line.cuts(side[0], side[1])) continue;
            line.lock(side[0], side[1], lexicon.isCountry(TaggedLine.key(w, side[0], side[1])) ? EntityType.LOCATION : EntityType.ORGANIZATION);
        }
    }

    private static final Set<String> RESULT_VERBS = Set.of("beat", "beats", "drew", "lost", "won", "v", "vs");

    /**
     * "At Hollowmere: Kent 214 and 167-6", "Upton-on-Wye (Ashcombe): Essex beat Kent": a result headed by
     * where it was played names the ground or town, a place (a line-up after a side's name has no score).
     */
    private void markVenue(TaggedLine line) {
        String[] w = line.words;
        int from = w.length > 0 && w[0].equals("At") ? 1 : 0, to = from;
        while (to < w.length && to - from < 3 && TaggedLine.isCapitalisedWord(w[to])) to++;
        int colon = to;
        if (colon < w.length && w[colon].equals("(")) while (colon < w.length && !w[colon].equals(")")) colon++;
        if (colon < w.length && w[colon].equals(")")) colon++;
        if (to == from || colon >= w.length || !w[colon].equals(":")) return;
        int side = colon + 1;
        while (side < w.length && side - colon <= 3 && TaggedLine.isCapitalisedWord(w[side])) side++;
        if (side == colon + 1 || side == w.length || !Character.isDigit(w[side].charAt(0)) && !RESULT_VERBS.contains(w[side])) return;
        // a name, not a label ("Scorers:", "Postponed:"): read as one, or a listed place
        if (line.locked[from] || line.cuts(from, to) || line.types[from] == null && !lexicon.isPlace(TaggedLine.key(w, from, to))) return;
        line.lock(from, to, EntityType.LOCATION);
    }

    /** Capitalised words, with "of" or "de" inside: "Queen of Glenn", not "the" or "Group". */
    private static boolean isSide(String[] w, int from, int to) {
        if (to - from < 1 || to - from > 4 || !TaggedLine.isCapitalisedWord(w[from]) || !TaggedLine.isCapitalisedWord(w[to - 1])) return false;
        for (int k = from; k < to; k++) {
            boolean word = TaggedLine.isCapitalisedWord(w[k]) && !NOT_TEAMS.contains(w[k].toLowerCase())
                    && !NameRules.TIME_WORDS.contains(w[k].toLowerCase());
            if (!word && !PARTICLES.contains(w[k]) && !w[k].equals("of")) return false;
        }
        return true;
    }

    private static boolean isInteger(String w) {
        return !w.isEmpty() && w.chars().allMatch(Character::isDigit);
    }

    /**
     * A press digest ("PRESS DIGEST - Ruritania - May 3") heads each paper's stories with its title
     * alone on a line in capitals: "DAILY CLARION" is the newspaper, an organisation.
     */
    private static void markPressDigest(List<TaggedLine> lines) {
        if (lines.isEmpty() || !TaggedLine.key(lines.get(0).words, 0, Math.min(2, lines.get(0).words.length)).equals("press digest")) return;
        for (TaggedLine line : lines.subList(Math.min(2, lines.size()), lines.size())) {
            String[] w = line.words;
            boolean title = w.length <= 4;
            for (String word : w) title &= TaggedLine.isCapitalisedWord(word) && isAllCaps(word);
            if (title) line.lock(0, w.length, EntityType.ORGANIZATION);
        }
    }

    private static final Pattern DATE = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\d|(?i)jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec|january|february|august|september|october|november|december");

    /** A dateline ("KHARKIV, Ukraine 2024-05-27", "LIMA, May 3") names the place of writing. */
    private void markDatelines(List<TaggedLine> lines) {
        for (TaggedLine line : lines) {
            int n = line.words.length;
            if (n < 2 || n > 8 || !isAllCaps(line.words[0])) continue;
            int date = -1;
            for (int k = 1; k < n && date < 0; k++) if (DATE.matcher(line.words[k]).matches()) date = k;
            if (date < 0 || date < n - 3) continue;
            // the place: the capitalised words before the date, split at commas
            int from = 0;
            for (int k = 0; k <= date; k++) {
                boolean name = k < date && Character.isUpperCase(line.words[k].charAt(0)) && Sequence.hasLetterOrDigit(line.words[k])
                        && !NameRules.TIME_WORDS.contains(line.words[k].toLowerCase());
                if (name) continue;
                if (k > from && (k == date || line.words[k].equals(","))) line.lock(from, k, placeOrBody(TaggedLine.key(line.words, from, k)));
                if (k < date && !line.words[k].equals(",")) break;
                from = k + 1;
            }
        }
    }

    /** A dateline names a place, or a listed body that is no place, where its press corps sits ("UNITED NATIONS"). */
    private EntityType placeOrBody(String key) {
        int categories = lexicon.gazetteer.categories(key); // its own listing: an alias ("UN") may be some hamlet
        boolean body = (categories & Gazetteer.ORG) != 0 && (categories & (Gazetteer.COUNTRY | Gazetteer.REGION | Gazetteer.CITY | Gazetteer.BIG_CITY)) == 0;
        return body ? EntityType.ORGANIZATION : EntityType.LOCATION;
    }

    private static boolean isAllCaps(String w) {
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))
                && w.chars().anyMatch(Character::isLetter);
    }

    static final Set<String> SPORTS = Set.of("soccer", "football", "cricket", "tennis", "golf", "baseball",
            "basketball", "rugby", "athletics", "boxing", "cycling", "squash", "hockey", "ice", "motor", "motorcycling",
            "formula", "horse", "racing", "sailing", "swimming", "skiing", "volleyball", "handball", "badminton", "nba",
            "nfl", "nhl", "olympics", "sport", "sports", "snooker", "darts", "rowing", "triathlon", "judo", "wrestling");

    /** Sports wire: a headline "SOCCER - ..." or "Golf-Results ...", or many score lines. */
    static boolean isSports(List<TaggedLine> lines) {
        for (TaggedLine line : lines.subList(0, Math.min(2, lines.size()))) {
            String[] w = line.words;
            for (int k = 0; k + 1 < w.length && k < 4; k++)
                if (SPORTS.contains(w[k].toLowerCase()) && (w[k + 1].equals("-") || k + 2 < w.length && w[k + 2].equals("-"))) return true;
            int hyphen = w.length > 0 ? w[0].indexOf('-') : -1;
            if (hyphen > 0 && SPORTS.contains(w[0].substring(0, hyphen).toLowerCase())) return true;
        }
        int scoreLines = 0;
        for (TaggedLine line : lines) if (isScoreLine(line)) scoreLines++;
        return scoreLines >= 3;
    }

    /** "Lyon 2 Nantes 1", "Bristol 20 points, Leeds 4": names followed by numbers. */
    private static boolean isScoreLine(TaggedLine line) {
        int namesWithNumbers = 0;
        for (int k = 0; k + 1 < line.words.length; k++)
            if (Character.isUpperCase(line.words[k].charAt(0)) && Character.isDigit(line.words[k + 1].charAt(0))) namesWithNumbers++;
        return namesWithNumbers >= 2;
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "from", "to", "outside", "IN", "AT");

    /** "Ana Ruiz (Spain)", "John Doe (U.S.)": a place in brackets after a person is where they are from. */
    private void markCountriesOfPersons(TaggedLine line, boolean resultsOfPeople, boolean sports) {
        String[] w = line.words;
        int countries = 0; // a row of one competitor may name a team; a list of several names people only
        for (int k = 2; k < w.length; k++) if (placeInBrackets(line, k) >= 0) countries++;
        for (int k = 2; k < w.length; k++) {
            int close = placeInBrackets(line, k);
            if (close < 0 || !personBefore(line, k - 1, resultsOfPeople)) continue;
            line.lock(k, close, EntityType.LOCATION);
            if (countries == 1 && (sports || resultsOfPeople)) markTeamAfter(line, close + 1);
        }
    }

    /**
     * "3. Ana Ruiz (Spain), Vortex Ford, 1:02.4": in a results row the name after a competitor's
     * country, before the time or the row's end, is the team or car (CoNLL: ORG).
     */
    private static void markTeamAfter(TaggedLine line, int k) {
        String[] w = line.words;
        if (k < w.length && w[k].equals(",")) k++;
        int to = k;
        while (to < w.length && (TaggedLine.isCapitalisedWord(w[to]) || to > k && w[to].equals("-"))) to++;
        // then the row's end or its figures: not another competitor of a list ("..., Eva Pons, Lia Berg")
        int after = to < w.length && w[to].equals(",") ? to + 1 : to;
        if (to == k || to - k > 4 || after < w.length && !Character.isDigit(w[after].charAt(0)) || after == w.length && after > to) return;
        if (line.locked[k] || line.cuts(k, to)) return;
        line.lock(k, to, EntityType.ORGANIZATION);
    }

    /** Where the bracket closes if a listed place in brackets starts at {@code k}: "(Spain)"; else -1. */
    private int placeInBrackets(TaggedLine line, int k) {
        String[] w = line.words;
        if (!w[k - 1].equals("(")) return -1;
        int close = k;
        while (close < w.length && close - k < 4 && !w[close].equals(")")) close++;
        if (close == w.length || !w[close].equals(")") || close == k) return -1;
        String key = TaggedLine.key(w, k, close);
        boolean place = (lexicon.gazetteer.categories(key) & (Gazetteer.COUNTRY | Gazetteer.REGION | Gazetteer.CITY)) != 0
                || lexicon.canonical.containsKey(key) && line.types[k] == EntityType.LOCATION;
        return place ? close : -1;
    }

    /** How many persons named in full the tagger found with a place in brackets after them. */
    private int personsWithCountries(List<TaggedLine> lines) {
        int n = 0;
        for (TaggedLine line : lines) {
            for (int k = 3; k < line.words.length; k++) {
                if (line.types[k - 2] == EntityType.PERSON && line.types[k - 3] == EntityType.PERSON && !line.begins[k - 2]
                        && placeInBrackets(line, k) >= 0) n++;
            }
        }
        return n;
    }

    /**
     * Whether the name before {@code bracket} is a person: tagged so, or two or three capitalised
     * words the tagger took for a place ("2. Ana Ruiz (Spain)"), or in a list of people's results
     * for anything ("Ana Ruiz (Spain) beat Eva Pons (Andorra)").
     */
    private boolean personBefore(TaggedLine line, int bracket, boolean resultsOfPeople) {
        int end = bracket, from = bracket;
        if (end == 0) return false;
        if (rankedName(line, bracket, resultsOfPeople)) return true;
        EntityType type = line.types[end - 1];
        if (type == EntityType.PERSON) return true;
        if ((type == EntityType.ORGANIZATION || type == EntityType.MISC) && !resultsOfPeople) return false;
        while (from > 0 && TaggedLine.isCapitalisedWord(line.words[from - 1]) && line.types[from - 1] == type && bracket - from < 4) from--;
        if (end - from < 2 || end - from > 3 || from > 0 && line.types[from - 1] == type && type != null) return false;
        line.mark(from, end, EntityType.PERSON);
        return true;
    }

    private static final Pattern RANK = Pattern.compile("\\d{1,3}\\.?");

    /**
     * "2. Eva Marta Pons (Spain)": in a ranked row two or three capitalised words between the rank and
     * the country are the competitor, a first name the tagger left out or a surname it read as a town
     * included; a club's name the tagger knows ("3. Vortex Racing (Italy)") stays, except in a list of people.
     */
    private boolean rankedName(TaggedLine line, int bracket, boolean resultsOfPeople) {
        String[] w = line.words;
        int from = bracket;
        while (from > 0 && bracket - from < 3 && TaggedLine.isCapitalisedWord(w[from - 1])) from--;
        if (bracket - from < 2 || from == 0) return false;
        int rank = w[from - 1].equals(".") && from > 1 ? from - 2 : from - 1;
        if (!RANK.matcher(w[rank]).matches() || rank > 1 || line.locked[from] || lexicon.isPlace(TaggedLine.key(w, from, bracket))) return false;
        for (int k = from; k < bracket; k++) {
            if ((line.types[k] == EntityType.ORGANIZATION || line.types[k] == EntityType.MISC) && !resultsOfPeople) return false;
        }
        line.mark(from, bracket, EntityType.PERSON);
        return true;
    }

    /**
     * A fixture list's line "DENVER AT OMAHA" names the visiting side (an organisation; a
     * country stays a place) and where it plays (a place), when both are listed places.
     */
    private void markFixtures(TaggedLine line) {
        String[] w = line.words;
        int at = -1;
        for (int k = 1; k + 1 < w.length && at < 0; k++) if (w[k].equals("at") || w[k].equals("AT")) at = k;
        if (at < 0 || at > 3 || w.length - at > 4) return;
        for (int k = 0; k < w.length; k++) if (k != at && !TaggedLine.isCapitalisedWord(w[k])) return;
        if (!lexicon.isPlace(TaggedLine.key(w, 0, at)) || !lexicon.isPlace(TaggedLine.key(w, at + 1, w.length))) return;
        line.lock(0, at, lexicon.isCountry(TaggedLine.key(w, 0, at)) ? EntityType.LOCATION : EntityType.ORGANIZATION);
        line.types[at] = null;
        line.lock(at + 1, w.length, EntityType.LOCATION);
    }

    private static final Set<String> CLUB_WORDS = Set.of("city", "united", "rovers", "athletic", "wanderers", "county",
            "albion", "fc", "sc", "ac", "dynamo", "dinamo", "sporting", "real", "olympique", "inter", "spartak", "lokomotiv");

    /**
     * "Dynamo Kazan", "Ipswich City", "Lyon St Etienne": in sports copy a name read as a place that
     * holds a town but is no listed place, or holds a club word, is the club.
     */
    private void clubsNotPlaces(TaggedLine line) {
        line.forEachMention((from, to) -> {
            if (to - from < 2 || line.types[from] != EntityType.LOCATION || line.locked[from] || line.words[from].equals("The")) return; // "The Oval"
            if (lexicon.isPlace(TaggedLine.key(line.words, from, to))) return;
            boolean club = false;
            for (int k = from; k < to && !club; k++) {
                String key = Gazetteer.normalise(line.words[k]);
                club = CLUB_WORDS.contains(key) || (lexicon.gazetteer.categories(key) & (Gazetteer.CITY | Gazetteer.BIG_CITY)) != 0;
            }
            if (club) line.mark(from, to, EntityType.ORGANIZATION);
        });
    }

    private static final Set<String> VERSUS = Set.of("v", "vs", "vs.", "V", "VS");

    /**
     * "Ayr Athletic v Dumbarton", "v Devon or Cornwall": the names either side of "v" are
     * sides (a country stays a place).
     */
    private void markVersus(TaggedLine line) {
        if (line.casing == Sequence.Casing.ALL_CAPS) return; // "WALES V KENYA SCORES": capitals hide where names end
        String[] w = line.words;
        for (int k = 0; k < w.length; k++) {
            if (!VERSUS.contains(w[k])) continue;
            int from = k;
            while (from > 0 && k - from < 3 && TaggedLine.isCapitalisedWord(w[from - 1])) from--;
            if (from < k) markSide(line, from, k);
            for (int start = k + 1; start < w.length; ) {
                int to = start;
                while (to < w.length && to - start < 3 && TaggedLine.isCapitalisedWord(w[to])) to++;
                if (to == start) break;
                markSide(line, start, to);
                if (to + 1 >= w.length || !w[to].equals("or") && !w[to].equals("and")) break;
                start = to + 1;
            }
        }
    }

    private void markSide(TaggedLine line, int from, int to) {
        if (line.locked[from] || line.cuts(from, to) || Sequence.startsSentence(line.words, from) && line.types[from] == null
                && !line.words[from].equals(line.words[from].toUpperCase())) return;
        line.lock(from, to, lexicon.isCountry(TaggedLine.key(line.words, from, to)) ? EntityType.LOCATION : EntityType.ORGANIZATION);
    }

    private static final Set<String> NOT_NICKNAMES = Set.of("games", "olympics", "masters", "championships", "series",
            "finals", "playoffs", "nationals", "internationals");

    /** In a sports report "the Orioles", "the Wallabies": a capitalised plural after "the" is a team's nickname. */
    private void markNicknames(TaggedLine line) {
        if (line.casing != Sequence.Casing.NORMAL) return;
        String[] w = line.words;
        for (int k = 1; k < w.length; k++) {
            String word = w[k], key = Gazetteer.normalise(word);
            if (!w[k - 1].equalsIgnoreCase("the") || !TaggedLine.isCapitalisedWord(word) || word.length() < 4 || !word.endsWith("s")
                    || NOT_NICKNAMES.contains(key) || lexicon.demonyms.containsKey(key) || lexicon.knownNames.containsKey(key)
                    || lexicon.gazetteer.categories(key) != 0 || line.locked[k] || line.cuts(k, k + 1)) continue;
            if (k + 1 < w.length && TaggedLine.isCapitalisedWord(w[k + 1])) continue; // "the Rovers Return": a longer name
            line.mark(k, k + 1, EntityType.ORGANIZATION);
        }
    }

    private static final Pattern MINUTE = Pattern.compile("\\d+(?:st|nd|rd|th)");

    /**
     * Line-ups and scorers name players: "3 - Ana Ruiz", a shirt number or seeding before the name;
     * "Ana Ruiz (31st)" or "(Eva Pons 46th)", the minute of a goal or substitution after it.
     */
    private void markLineups(TaggedLine line) {
        String[] w = line.words;
        for (int k = 0; k < w.length; k++) {
            if (!TaggedLine.isCapitalisedWord(w[k]) || line.locked[k]) continue;
            boolean numbered = k >= 2 && w[k - 1].equals("-") && w[k - 2].chars().allMatch(Character::isDigit);
            int to = k + 1;
            while (to < w.length && to - k < 5 && (TaggedLine.isCapitalisedWord(w[to]) || isParticle(w, to))) to++;
            boolean timed = to < w.length && (MINUTE.matcher(w[to]).matches()
                    || w[to].equals("(") && to + 1 < w.length && MINUTE.matcher(w[to + 1]).matches());
            if (!numbered && !timed || numbered && k > 2 && !timed && TaggedLine.isCapitalisedWord(w[k - 3])) continue; // "Leeds 2 - Hull": a score
            if (line.cuts(k, to) || lexicon.isPlace(TaggedLine.key(w, k, to))) continue;
            line.lock(k, to, EntityType.PERSON);
            k = to - 1;
        }
    }

    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "der", "den", "van", "von", "di", "le", "la", "al", "el", "bin");

    /** "de", "van der" inside a name: "Marta de la Fuente", "Joost van der Berg". */
    private static boolean isParticle(String[] w, int k) {
        return k + 1 < w.length && PARTICLES.contains(w[k]) && (TaggedLine.isCapitalisedWord(w[k + 1]) || isParticle(w, k + 1));
    }

    private static final Set<String> DISMISSALS = Set.of("b", "c", "st");
    private static final Pattern BOWLING = Pattern.compile("\\d+(?:\\.\\d)?-\\d+-\\d+-\\d+");

    /**
     * A cricket scorecard names players: "c Brandt b Pattinson 31" the fielder and the bowler,
     * "Pattinson 9-2-31-2" a bowler by overs, maidens, runs and wickets.
     */
    private void markScorecard(TaggedLine line) {
        String[] w = line.words;
        if (integers(line) == 0) return;
        for (int k = 0; k + 1 < w.length; k++) {
            int from = -1, to = -1;
            if (DISMISSALS.contains(w[k]) && TaggedLine.isCapitalisedWord(w[k + 1])) {
                from = k + 1;
                to = from;
                while (to < w.length && to - from < 3 && TaggedLine.isCapitalisedWord(w[to])) to++;
            } else if (BOWLING.matcher(w[k + 1]).matches() && TaggedLine.isCapitalisedWord(w[k])) {
                to = k + 1;
                from = k;
                while (from > 0 && to - from < 3 && TaggedLine.isCapitalisedWord(w[from - 1]) && !DISMISSALS.contains(w[from - 1])) from--;
            }
            if (from < 0 || line.locked[from] || line.cuts(from, to) || lexicon.isCountry(TaggedLine.key(w, from, to))) continue;
            line.lock(from, to, EntityType.PERSON);
        }
    }

    private static final Set<String> NOT_TEAMS = Set.of("group", "division", "round", "game", "games", "stage", "week",
            "day", "race", "heat", "match", "section", "pool", "table", "no", "no.", "number", "page", "figure", "season",
            "tour", "world", "cup", "top", "under", "over", "the");

    /**
     * In sports results and tables a name with a score or figures after it is a team (CoNLL: ORG):
     * "Lyon 2 Nantes 1", "Leeds 5 3 1 1 9 4 10"; a country is its national side, which CoNLL types as
     * the place ("Japan 2 Syria 1"). A person named in full stays a
     * person (golfers' rounds), so do "Okafor 4-52" (bowling figures are not plain numbers) and
     * "Ruiz (Spain) 6-4" or "in London 1990".
     */
    /** A cricket side's total, runs for wickets: "Essex 214-6" (not a set's "6-4" nor a bowler's "4-52"). */
    private static final Pattern INNINGS = Pattern.compile("(?:[2-9]\\d|\\d{3})-\\d");

    private void teamsInTables(List<TaggedLine> lines, Map<String, String> surnames, boolean resultsOfPeople) {
        for (TaggedLine line : lines) {
            if (integers(line) < 2) continue;
            String[] w = line.words;
            for (int k = 1; k < w.length; k++) {
                if (!w[k].chars().allMatch(Character::isDigit) && !INNINGS.matcher(w[k]).matches()) continue;
                int to = k, from = k;
                if (line.types[k - 1] != null) {
                    from = k - 1;
                    while (from > 0 && line.types[from - 1] == line.types[k - 1] && !line.begins[from]) from--;
                } else {
                    while (from > 0 && TaggedLine.isCapitalisedWord(w[from - 1]) && !NOT_TEAMS.contains(w[from - 1].toLowerCase())) from--;
                }
                if (from == to || from > 0 && (PLACE_PREPOSITIONS.contains(w[from - 1]) || w[from - 1].equals("("))) continue;
                EntityType type = line.types[from];
                String key = TaggedLine.key(w, from, to);
                // a standings row has many figures; a golfer's card a few
                boolean person = type == EntityType.PERSON && (to - from >= 2 || surnames.containsKey(key)) && integersFrom(w, k) < 5;
                // a MISC reading stands ("Olympics 1996") unless the row is a score or standings line
                boolean misc = type == EntityType.MISC && !isScoreLine(line) && integersFrom(w, k) < 3;
                if (person || misc || line.locked[from] || NOT_TEAMS.contains(w[from].toLowerCase())
                        || NameRules.TIME_WORDS.contains(w[from].toLowerCase()) || line.cuts(from, to)) continue;
                // in a list of people's results ("Ana Ruiz (Spain) 70 68") two or three words are a player
                boolean player = resultsOfPeople && to - from >= 2 && to - from <= 3 && !lexicon.isPlace(key) && integersFrom(w, k) < 5;
                line.lock(from, to, player ? EntityType.PERSON : lexicon.isCountry(key) ? EntityType.LOCATION : EntityType.ORGANIZATION);
            }
        }
    }

    /** The eighteen English first-class counties: in a cricket report each is its club (CoNLL: ORG). */
    private static final Set<String> CRICKET_COUNTIES = Set.of("derbyshire", "durham", "essex", "glamorgan",
            "gloucestershire", "hampshire", "kent", "lancashire", "leicestershire", "middlesex", "northamptonshire",
            "nottinghamshire", "somerset", "surrey", "sussex", "warwickshire", "worcestershire", "yorkshire");

    private static boolean isCricket(List<TaggedLine> lines) {
        String[] w = lines.isEmpty() ? new String[0] : lines.get(0).words;
        return w.length > 1 && w[0].equalsIgnoreCase("cricket") && w[1].equals("-");
    }

    /** "Hampshire need 200 to win", "rain saved Sussex": a county is the side, not a person or the place
     * (after "in" or "at" this rule leaves it alone). */
    private void countiesAreClubs(TaggedLine line) {
        String[] w = line.words;
        for (int k = 0; k < w.length; k++) {
            if (!Character.isUpperCase(w[k].charAt(0)) || !CRICKET_COUNTIES.contains(w[k].toLowerCase())) continue;
            if (line.locked[k] || k > 0 && PLACE_PREPOSITIONS.contains(w[k - 1]) || line.cuts(k, k + 1)) continue;
            line.lock(k, k + 1, EntityType.ORGANIZATION);
        }
    }

    /**
     * "Zorka (Latvia) 88 Vendel (Greece) 79": two one-word names, each with its country and a
     * plain score, are clubs in an international match, not people (who go by full name).
     */
    private void sidesWithCountries(TaggedLine line, Map<String, String> surnames) {
        String[] w = line.words;
        List<int[]> sides = new ArrayList<>();
        for (int k = 2; k + 2 < w.length; k++) {
            int close = placeInBrackets(line, k);
            if (close < 0 || close + 1 >= w.length || !w[close + 1].chars().allMatch(Character::isDigit)) continue;
            int name = k - 2;
            boolean oneWord = TaggedLine.isCapitalisedWord(w[name]) && (name == 0 || !TaggedLine.isCapitalisedWord(w[name - 1]));
            if (!oneWord || surnames.containsKey(TaggedLine.key(w, name, name + 1)) || line.cuts(name, name + 1)) return;
            sides.add(new int[] {name, close + 1});
        }
        if (sides.size() != 2) return;
        for (int[] side : sides) line.lock(side[0], side[0] + 1, EntityType.ORGANIZATION);
    }

    /**
     * A country read as an organisation is the place, in sports too: CoNLL types national sides as
     * places. Outside sports (where towns are clubs) so is a big city or a region ("Bonn said").
     */
    private void countriesArePlaces(List<TaggedLine> lines, boolean sports) {
        int places = sports ? 0 : Gazetteer.BIG_CITY | Gazetteer.REGION;
        for (TaggedLine line : lines) {
            line.forEachMention((from, to) -> {
                if (line.types[from] != EntityType.ORGANIZATION || line.locked[from]) return;
                String key = TaggedLine.key(line.words, from, to);
                boolean acronym = to - from == 1 && line.casing == Sequence.Casing.NORMAL && isAllCaps(line.words[from]); // "NLD"
                if (lexicon.isCountry(key) || !acronym && (lexicon.gazetteer.categories(key) & places) != 0) line.mark(from, to, EntityType.LOCATION);
            });
        }
    }

    private static int integersFrom(String[] words, int k) {
        int n = 0;
        while (k + n < words.length && words[k + n].chars().allMatch(Character::isDigit)) n++;
        return n;
    }

    private static int integers(TaggedLine line) {
        int n = 0;
        for (String w : line.words) if (w.chars().allMatch(Character::isDigit)) n++;
        return n;
    }

    /**
     * "the minister will visit Lyon": a lone word read as a person but known as a country, region or big
     * city is the place, unless the document names a person with it in full; so is a country named in
     * several words.
     */
    private void placesNotPersons(List<TaggedLine> lines) {
        Map<String, String> surnames = TaggedLine.surnames(lines);
        Set<String> names = new HashSet<>(surnames.values());
        for (String full : surnames.values()) names.add(full.substring(0, full.indexOf(' ')));
        for (TaggedLine line : lines) {
            line.forEachMention((from, to) -> {
                if (line.types[from] != EntityType.PERSON || line.locked[from]) return;
                String key = TaggedLine.key(line.words, from, to);
                if (to - from > 1) {
                    if (lexicon.isCountry(key)) line.mark(from, to, EntityType.LOCATION); // "Sri Lanka"
                    return;
                }
                if (surnames.containsKey(key) || names.contains(key)) return;
                if ((lexicon.placeCategories(key) & (Gazetteer.COUNTRY | Gazetteer.REGION | Gazetteer.BIG_CITY)) != 0)
                    line.mark(from, to, EntityType.LOCATION);
            });
        }
    }
}
