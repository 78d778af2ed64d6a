package newsfacts.core.entities;

import newsfacts.core.model.EntityType;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Conventions of wire copy that span a document: datelines, a person's country in brackets, and
 * in sports reports the teams of results tables; a lone person-read word that is a known place.
 */
final class WireRules {
    private final Lexicon lexicon;

    WireRules(Lexicon lexicon) { this.lexicon = lexicon; }

    void apply(List<TaggedLine> lines) {
        markDatelines(lines);
        for (TaggedLine line : lines) markCountriesOfPersons(line);
        boolean sports = isSports(lines);
        if (sports) teamsInTables(lines, TaggedLine.surnames(lines));
        placesNotPersons(lines);
        if (!sports) countriesNotTeams(lines);
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
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
                if (k > from && (k == date || line.words[k].equals(","))) line.lock(from, k, EntityType.LOCATION);
                if (k < date && !line.words[k].equals(",")) break;
                from = k + 1;
            }
        }
    }

    private static boolean isAllCaps(String w) {
        return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))
                && w.chars().anyMatch(Character::isLetter);
    }

    static final Set<String> SPORTS = Set.of("soccer", "football", "cricket", "tennis", "golf", "baseball",
            "basketball", "rugby", "athletics", "boxing", "cycling", "squash", "hockey", "ice", "motor", "motorcycling",
            "formula", "horse", "racing", "sailing", "swimming", "skiing", "volleyball", "handball", "badminton", "nba",
            "nfl", "nhl", "olympics", "sport", "sports", "snooker", "darts", "rowing", "triathlon", "judo", "wrestling");

    /** Sports wire: a headline "SOCCER - ...", or many score lines. */
    static boolean isSports(List<TaggedLine> lines) {
        for (TaggedLine line : lines.subList(0, Math.min(2, lines.size()))) {
            String[] w = line.words;
            for (int k = 0; k + 1 < w.length && k < 4; k++)
                if (SPORTS.contains(w[k].toLowerCase()) && (w[k + 1].equals("-") || k + 2 < w.length && w[k + 2].equals("-"))) return true;
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
    private void markCountriesOfPersons(TaggedLine line) {
        String[] w = line.words;
        for (int k = 2; k < w.length; k++) {
            if (!w[k - 1].equals("(")) continue;
            int close = k;
            while (close < w.length && close - k < 4 && !w[close].equals(")")) close++;
            if (close == w.length || !w[close].equals(")") || close == k) continue;
            String key = TaggedLine.key(w, k, close);
            if ((lexicon.gazetteer.categories(key) & (Gazetteer.COUNTRY | Gazetteer.REGION | Gazetteer.CITY)) != 0
                    || lexicon.canonical.containsKey(key) && line.types[k] == EntityType.LOCATION) {
                if (!personBefore(line, k - 1)) continue;
                line.lock(k, close, EntityType.LOCATION);
            }
        }
    }

    /**
     * Whether the name before {@code bracket} is a person: tagged so, or two or three capitalised
     * words the tagger took for a place ("2. Ana Ruiz (Spain)").
     */
    private static boolean personBefore(TaggedLine line, int bracket) {
        int end = bracket, from = bracket;
        if (end == 0) return false;
        EntityType type = line.types[end - 1];
        if (type == EntityType.PERSON) return true;
        if (type == EntityType.ORGANIZATION || type == EntityType.MISC) return false;
        while (from > 0 && TaggedLine.isCapitalisedWord(line.words[from - 1]) && line.types[from - 1] == type && bracket - from < 4) from--;
        if (end - from < 2 || end - from > 3 || from > 0 && line.types[from - 1] == type && type != null) return false;
        line.mark(from, end, EntityType.PERSON);
        return true;
    }

    private static final Set<String> NOT_TEAMS = Set.of("group", "division", "round", "game", "games", "stage", "week",
            "day", "race", "heat", "match", "section", "pool", "table", "no", "no.", "number", "page", "figure", "season",
            "tour", "world", "cup", "top", "under", "over", "the");

    /**
     * In sports results and tables a name with a score or figures after it is a team (CoNLL: ORG):
     * "Lyon 2 Nantes 1", "Leeds 5 3 1 1 9 4 10", "Japan 2 Syria 1". A person named in full stays a
     * person (golfers' rounds), so do "Okafor 4-52" (bowling figures are not plain numbers) and
     * "Ruiz (Spain) 6-4" or "in London 1990".
     */
    private void teamsInTables(List<TaggedLine> lines, Map<String, String> surnames) {
        for (TaggedLine line : lines) {
            if (integers(line) < 2) continue;
            String[] w = line.words;
            for (int k = 1; k < w.length; k++) {
                if (!w[k].chars().allMatch(Character::isDigit)) continue;
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
                if (person || type == EntityType.MISC || line.locked[from] || NOT_TEAMS.contains(w[from].toLowerCase())
                        || NameRules.TIME_WORDS.contains(w[from].toLowerCase()) || line.cuts(from, to)) continue;
                line.lock(from, to, EntityType.ORGANIZATION);
            }
        }
    }

    /** Outside sports (where a country is its national side) a country read as an organisation is the place. */
    private void countriesNotTeams(List<TaggedLine> lines) {
        for (TaggedLine line : lines) {
            line.forEachMention((from, to) -> {
                if (line.types[from] != EntityType.ORGANIZATION || line.locked[from]) return;
                if ((lexicon.gazetteer.categories(TaggedLine.key(line.words, from, to)) & Gazetteer.COUNTRY) != 0)
                    line.mark(from, to, EntityType.LOCATION);
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
     * city is the place, unless the document names a person with it in full.
     */
    private void placesNotPersons(List<TaggedLine> lines) {
        Map<String, String> surnames = TaggedLine.surnames(lines);
        Set<String> names = new java.util.HashSet<>(surnames.values());
        for (String full : surnames.values()) names.add(full.substring(0, full.indexOf(' ')));
        for (TaggedLine line : lines) {
            line.forEachMention((from, to) -> {
                if (to - from != 1 || line.types[from] != EntityType.PERSON) return;
                String key = TaggedLine.key(line.words, from, to);
                if (surnames.containsKey(key) || names.contains(key)) return;
                if ((lexicon.gazetteer.categories(key) & (Gazetteer.COUNTRY | Gazetteer.REGION | Gazetteer.BIG_CITY)) != 0)
                    line.mark(from, to, EntityType.LOCATION);
            });
        }
    }
}
