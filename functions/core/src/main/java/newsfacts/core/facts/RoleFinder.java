package newsfacts.core.facts;

import newsfacts.core.facts.Tokens.Token;
import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.core.model.Role;
import newsfacts.core.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds who holds which position, around each person mention: a title before the name
 * ("NATO Secretary-General Jens Stoltenberg", "former President ..."), an apposition after it
 * ("Sergey Lavrov, Russia's foreign minister"), or one before it ("the company's chief executive, Jane Doe").
 */
final class RoleFinder {
    private static final Set<String> MODIFIERS = Set.of("former", "acting", "interim", "deputy", "vice", "outgoing",
            "incoming", "then", "current", "new", "senior", "top", "assistant", "associate", "executive");
    /** Lowercase words that belong to an organisation named before a title: "Trump campaign spokesman". */
    private static final Set<String> ORG_NOUNS = Set.of("campaign", "party", "government", "administration",
            "company", "team", "group", "ministry", "office", "committee", "club", "firm", "bank", "army");
    /** Descriptions that stand for the last organisation named: "the company's chief executive". */
    private static final Set<String> ORG_REFERENCES = Set.of("company", "firm", "group", "organisation", "organization",
            "alliance", "bank", "party", "agency", "club", "union", "campaign", "ministry", "government", "team");

    /** Titles written short before a name: "Sen. Jane Doe" holds the position "Senator". */
    private static final Map<String, String> ABBREVIATED = Map.of("sen", "Senator", "rep", "Representative",
            "gov", "Governor", "gen", "General", "lt", "Lieutenant", "col", "Colonel", "adm", "Admiral", "pres", "President");

    private final List<List<String>> titles = new ArrayList<>();
    private final Map<String, String> countries = new HashMap<>();

    RoleFinder() {
        for (String t : WordLists.lines("titles.txt")) {
            List<String> words = new ArrayList<>();
            for (Token tok : Tokens.of(t)) words.add(tok.lower());
            titles.add(words);
        }
        titles.sort((a, b) -> b.size() - a.size());
        for (String line : WordLists.lines("demonyms.txt")) {
            String[] parts = line.split("\\|");
            countries.put(parts[0], parts[1]);
        }
    }

    /** The country a country adjective names ("Russian" → "Russia"), or null. */
    String country(String adjective) { return countries.get(adjective); }

    List<Role> find(String body, List<Entity> entities, String asOf, List<Span> sentences) {
        List<Token> toks = Tokens.of(body);
        Map<Integer, Integer> tokenAt = new HashMap<>();
        for (int i = 0; i < toks.size(); i++) tokenAt.put(toks.get(i).start(), i);
        Mentions mentions = new Mentions(entities);
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Entity person : entities) {
            if (person.type() != EntityType.PERSON) continue;
            for (Span m : person.mentions()) {
                Integer first = tokenAt.get(m.start());
                if (first == null) continue;
                int last = first;
                while (last + 1 < toks.size() && toks.get(last + 1).end() <= m.end()) last++;
                Role r = titleBefore(body, toks, first, m, person, mentions, asOf, sentences);
                if (r == null) r = appositionAfter(body, toks, last, m, person, mentions, asOf, sentences);
                if (r != null) roles.putIfAbsent(r.person() + "|" + r.position() + "|" + r.organization(), r);
            }
        }
        return new ArrayList<>(roles.values());
    }

    /** "NATO Secretary-General Jens Stoltenberg", "Russian Foreign Minister Sergey Lavrov", "the company's chief executive, Jane Doe". */
    private Role titleBefore(String body, List<Token> toks, int first, Span mention, Entity person, Mentions mentions, String asOf, List<Span> sentences) {
        int end = first - 1;
        if (end >= 0 && toks.get(end).is(",")) end--;  // an apposition before the name
        int titleLen = titleEndingAt(toks, end);
        if (titleLen == 0) return null;
        int start = end - titleLen + 1;
        if (first - 1 == end && !toks.get(start).isCapitalised() && !hasOrgBefore(toks, start)) return null;
        while (start > 0 && MODIFIERS.contains(toks.get(start - 1).lower())) start--;
        int more;
        while (start > 0 && (more = titleEndingAt(toks, start - 1)) > 0) start -= more;  // "Chairman Rep. ..."
        String position = position(toks, start, end);
        int[] orgSpan = new int[1];
        String org = organizationBefore(body, toks, start, mentions, orgSpan);
        int from = org == null ? toks.get(start).start() : orgSpan[0];
        return role(body, person, position, org, asOf, sentences, from, mention.end());
    }

    /** "Sergey Lavrov, Russia's foreign minister", "Jane Doe, chief executive of Acme". */
    private Role appositionAfter(String body, List<Token> toks, int last, Span mention, Entity person, Mentions mentions, String asOf, List<Span> sentences) {
        int k = last + 1;
        if (k >= toks.size() || !toks.get(k).is(",")) return null;
        k++;
        if (k < toks.size() && Set.of("the", "a", "an").contains(toks.get(k).lower())) k++;
        String org = null;
        int orgEnd = k;
        // "Russia's", "the company's", "NATO's"
        for (int m = k; m < Math.min(toks.size(), k + 5); m++) {
            if (toks.get(m).isPossessive()) {
                org = organization(body, toks, k, m, mentions);
                orgEnd = m + 1;
                break;
            }
            if (!toks.get(m).isWord()) break;
        }
        if (org == null && k < toks.size() && countries.containsKey(toks.get(k).text())) {
            org = countries.get(toks.get(k).text());
            orgEnd = k + 1;
        }
        int start = orgEnd;
        while (start < toks.size() && MODIFIERS.contains(toks.get(start).lower())) start++;
        int len = titleStartingAt(toks, start);
        if (len == 0) return null;
        int end = start + len - 1;
        String position = position(toks, orgEnd, end);
        int evidenceEnd = toks.get(end).end();
        if (org == null && end + 2 < toks.size() && Set.of("of", "at", "for").contains(toks.get(end + 1).lower())) {
            int s = end + 2;
            if (toks.get(s).is("the")) s++;
            int e = s;
            while (e < toks.size() && (toks.get(e).isCapitalised() || toks.get(e).is("&"))) e++;
            if (e > s) {
                org = organization(body, toks, s, e, mentions);
                evidenceEnd = toks.get(e - 1).end();
            }
        }
        return role(body, person, position, org, asOf, sentences, mention.start(), evidenceEnd);
    }

    private boolean hasOrgBefore(List<Token> toks, int start) {
        if (start == 0) return false;
        Token t = toks.get(start - 1);
        return t.isCapitalised() || t.isPossessive() || ORG_NOUNS.contains(t.lower());
    }

    /** The organisation (or country) named just before a title that starts at {@code start}; fills {@code from[0]}. */
    private String organizationBefore(String body, List<Token> toks, int start, Mentions mentions, int[] from) {
        int e = start - 1;
        if (e < 0 || !toks.get(e).isWord() && !toks.get(e).isPossessive()) return null;  // "However, Rep. ..."
        int end = e;
        if (toks.get(e).isPossessive()) end = --e;
        else if (ORG_NOUNS.contains(toks.get(e).lower()) && e > 0 && toks.get(e - 1).isCapitalised()) e--;
        if (e < 0) return null;
        if (countries.containsKey(toks.get(e).text())) {
            from[0] = toks.get(e).start();
            return countries.get(toks.get(e).text());
        }
        int s = e;
        while (s > 0 && toks.get(s - 1).isCapitalised() && !startsSentence(body, toks.get(s).start())) s--;
        if (!toks.get(s).isCapitalised() && !ORG_REFERENCES.contains(toks.get(e).lower())) return null;
        if (toks.get(s).isCapitalised() && Set.of("The", "A", "An", "In", "On", "At", "But", "And").contains(toks.get(s).text())) {
            if (s == e) return null;
            s++;
        }
        from[0] = toks.get(s).start();
        return organization(body, toks, s, end + 1, mentions);
    }

    /** The organisation named by tokens {@code [s, e)}: the entity there, a country for an adjective, the last organisation for "the company". */
    private String organization(String body, List<Token> toks, int s, int e, Mentions mentions) {
        int from = toks.get(s).start(), to = toks.get(e - 1).end();
        String text = body.substring(from, to).replaceAll("['\u2019]s$", "");
        Entity there = mentions.within(from, to, EntityType.ORGANIZATION, EntityType.LOCATION);
        if (there != null) return there.name();
        if (countries.containsKey(text)) return countries.get(text);
        String last = toks.get(e - 1).lower();
        if (ORG_REFERENCES.contains(last) && !toks.get(e - 1).isCapitalised()) {
            Entity org = mentions.before(from, EntityType.ORGANIZATION);
            return org == null ? null : org.name();
        }
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) ? text : null;
    }

    private int titleEndingAt(List<Token> toks, int end) {
        for (List<String> t : titles) {
            int s = end - t.size() + 1;
            if (s >= 0 && matches(toks, s, t)) return t.size();
        }
        return 0;
    }

    private int titleStartingAt(List<Token> toks, int start) {
        for (List<String> t : titles) if (matches(toks, start, t)) return t.size();
        return 0;
    }

    private static boolean matches(List<Token> toks, int s, List<String> words) {
        if (s + words.size() > toks.size()) return false;
        for (int i = 0; i < words.size(); i++) if (!toks.get(s + i).lower().equals(words.get(i))) return false;
        return true;
    }

    /** A position in title case, keeping "former" and the like in lowercase: "former President", "Foreign Minister". */
    private static String position(List<Token> toks, int s, int e) {
        StringBuilder out = new StringBuilder();
        for (int i = s; i <= e; i++) {
            String w = toks.get(i).text();
            if (w.equals(".")) continue;
            if (i + 1 <= e && toks.get(i + 1).is(".")) w = ABBREVIATED.getOrDefault(w.toLowerCase(Locale.ROOT), w);
            if (out.length() > 0) out.append(' ');
            if (MODIFIERS.contains(w.toLowerCase(Locale.ROOT)) && (w.equalsIgnoreCase("former") || w.equalsIgnoreCase("acting"))) out.append(w.toLowerCase(Locale.ROOT));
            else out.append(titleCase(w));
        }
        return out.toString().replace(" -", "-").replace("- ", "-");
    }

    private static String titleCase(String w) {
        if (w.equals(w.toUpperCase(Locale.ROOT))) return w;
        StringBuilder b = new StringBuilder(w.length());
        boolean up = true;
        for (char c : w.toCharArray()) {
            b.append(up ? Character.toUpperCase(c) : c);
            up = c == '-';
        }
        return b.toString();
    }

    /** Is {@code pos} the first word of a sentence (after ". " or a line break)? */
    private static boolean startsSentence(String body, int pos) {
        int p = pos - 1;
        while (p >= 0 && (body.charAt(p) == ' ' || body.charAt(p) == '\u00a0')) p--;
        return p < 0 || body.charAt(p) == '\n' || body.charAt(p) == '.' || body.charAt(p) == '!' || body.charAt(p) == '?';
    }

    private static Role role(String body, Entity person, String position, String org, String asOf, List<Span> sentences, int from, int to) {
        Span s = SentenceIndex.containing(sentences, from);
        String sentence = s == null ? null : s.text();
        return new Role(person.name(), position, org, asOf, sentence, Span.of(body, from, Math.min(to, body.length())));
    }
}
