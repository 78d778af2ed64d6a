package newsfacts.core.entities;

import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.core.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Joins the mentions of one thing into an entity with a canonical name, aliases and a salience. */
final class EntityBuilder {
    /** Direction adjectives the tagger may read as MISC but which name nothing ("Western weapons"). */
    private static final Set<String> NOT_NAMES = Set.of("western", "eastern", "northern", "southern", "west", "east", "north", "south");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");
    // possessive and bounded: a long chain of hyphenated names must neither backtrack nor recurse deep
    private static final Pattern HYPHENATED_NAMES = Pattern.compile("\\b\\p{Lu}\\p{L}++(?:-\\p{Lu}\\p{L}++){1,8}+\\b");
    private static final Pattern COMPANY_SUFFIX = Pattern.compile(
            ",?\\s+(?:Inc\\.?|Corp\\.?|Corporation|Co\\.|Ltd\\.?|Limited|Plc|PLC|plc|LLC|AG|SA|S\\.A\\.|NV|N\\.V\\.|GmbH|SE|SpA)$");
    private static final Pattern DEFINITION = Pattern.compile("\\G\\s*\\(\\s*");
    private static final int PLACE = Gazetteer.COUNTRY | Gazetteer.REGION | Gazetteer.CITY;

    private final Lexicon lexicon;

    EntityBuilder(Lexicon lexicon) { this.lexicon = lexicon; }

    /** The mentions of one entity. */
    private static final class Group {
        final EntityType type;
        String canonical; // a known canonical name, or null to choose among the surface forms
        final List<Span> mentions = new ArrayList<>();
        double score;

        Group(EntityType type) { this.type = type; }
    }

    List<Entity> build(String text, List<Mention> tagged) {
        List<Mention> mentions = withPlacesInside(text, tagged);
        Map<String, String> fullNames = new HashMap<>(); // surname (or first name) → full personal name, both as keys
        Map<String, String> firstNames = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON) continue;
            String key = Lexicon.key(m.text());
            int space = key.lastIndexOf(' ');
            if (space < 0) continue;
            fullNames.merge(key.substring(space + 1), key, (a, b) -> a.length() >= b.length() ? a : b);
            // a first name alone joins only a name it cannot mistake: one full name with it
            firstNames.merge(key.substring(0, key.indexOf(' ')), key, (a, b) -> a.equals(b) ? a : "");
        }
        firstNames.values().removeIf(String::isEmpty);
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        Map<String, Group> groups = new LinkedHashMap<>();
        String[] groupOf = new String[mentions.size()];
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            EntityType type = m.type();
            String key = Lexicon.key(m.text());
            if (NOT_NAMES.contains(key)) continue;
            String canonical = lexicon.canonical.get(key);
            String country = lexicon.demonyms.get(key);
            if (country != null && !key.endsWith("s") && type != EntityType.PERSON && type != EntityType.ORGANIZATION) {
                // "Russian Foreign Minister", "Russian territory": a mention of Russia
                type = EntityType.LOCATION;
                canonical = lexicon.canonical.getOrDefault(Lexicon.key(country), country);
            }
            if (type == EntityType.PERSON && !key.contains(" ")) key = fullNames.getOrDefault(key, firstNames.getOrDefault(key, key));
            if (type == EntityType.ORGANIZATION && canonical == null) {
                // "Apple Inc." and "Apple" are one company, named without the suffix
                String bare = COMPANY_SUFFIX.matcher(m.text()).replaceFirst("");
                if (!bare.equals(m.text()) && !bare.isBlank()) {
                    key = Lexicon.key(bare);
                    canonical = bare;
                }
            }
            String groupKey = type + "|" + (canonical != null ? Lexicon.key(canonical) : key);
            EntityType groupType = type;
            Group g = groups.computeIfAbsent(groupKey, x -> new Group(groupType));
            if (g.canonical == null) g.canonical = canonical;
            g.mentions.add(m.span());
            g.score += m.start() < firstLineEnd ? 2 : m.start() < text.length() / 5 ? 1.5 : 1;
            groupOf[k] = groupKey;
        }
        mergeDefinitions(text, mentions, groupOf, groups);
        return entities(groups);
    }

    /** "the North Atlantic Treaty Organization (NATO)": the bracketed name joins the one before it. */
    private static void mergeDefinitions(String text, List<Mention> mentions, String[] groupOf, Map<String, Group> groups) {
        Matcher open = DEFINITION.matcher(text);
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention full = mentions.get(k), shortForm = mentions.get(k + 1);
            if (groupOf[k] == null || groupOf[k + 1] == null || groupOf[k].equals(groupOf[k + 1])) continue;
            // anchored where the name ends: find(from) would scan on to the text's end for every mention
            if (!open.region(full.end(), text.length()).lookingAt() || open.end() != shortForm.start()) continue;
            if (!text.startsWith(")", shortForm.end()) || !abbreviates(shortForm.text(), full.text())) continue;
            Group into = groups.get(groupOf[k]), from = groups.get(groupOf[k + 1]);
            if (into == null || from == null || into.type != from.type && from.type != EntityType.ORGANIZATION) continue;
            into.mentions.addAll(from.mentions);
            into.score += from.score;
            if (from.canonical != null) into.canonical = from.canonical;
            groups.remove(groupOf[k + 1]);
            String gone = groupOf[k + 1];
            for (int j = 0; j < groupOf.length; j++) if (gone.equals(groupOf[j])) groupOf[j] = groupOf[k];
        }
    }

    /** "WTO" may stand for "World Trade Organization": capitals only, starting as the name does. */
    private static boolean abbreviates(String shortForm, String full) {
        if (shortForm.length() >= full.length() || hasLowerCase(shortForm.replaceAll("[a-z]$|[a-z](?=[A-Z])", ""))) return false;
        return Character.toUpperCase(full.charAt(0)) == shortForm.charAt(0);
    }

    private List<Entity> entities(Map<String, Group> groups) {
        double top = groups.values().stream().mapToDouble(g -> g.score).max().orElse(1);
        List<Entity> out = new ArrayList<>();
        for (Group g : groups.values()) {
            g.mentions.sort(Comparator.comparingInt(Span::start));
            String name = g.canonical != null ? g.canonical : chooseName(g);
            if (!hasLowerCase(name) && g.type == EntityType.LOCATION && name.length() > 3) name = titleCase(name); // "CUPERTINO"
            Set<String> aliases = new LinkedHashSet<>();
            for (Span s : g.mentions) if (!s.text().equals(name) && !s.text().equalsIgnoreCase(name)) aliases.add(s.text());
            aliases.addAll(lexicon.aliasesOf.getOrDefault(name, List.of()));
            double salience = Math.round(1000 * g.score / top) / 1000.0;
            out.add(new Entity(name, g.type, List.copyOf(aliases), g.mentions, g.mentions.size(), salience));
        }
        out.sort(Comparator.comparingDouble(Entity::salience).reversed()
                .thenComparingInt(e -> e.mentions().get(0).start()));
        return out;
    }

    /** The fullest form for a person; otherwise the commonest form, preferring one not in capitals. */
    private static String chooseName(Group g) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Span s : g.mentions) counts.merge(s.text(), 1, Integer::sum);
        boolean anyMixedCase = counts.keySet().stream().anyMatch(EntityBuilder::hasLowerCase);
        Comparator<Map.Entry<String, Integer>> order = g.type == EntityType.PERSON
                ? Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().split(" ").length).thenComparingInt(Map.Entry::getValue)
                : Comparator.comparingInt(Map.Entry::getValue);
        return counts.entrySet().stream()
                .filter(e -> !anyMixedCase || hasLowerCase(e.getKey()))
                .max(order).map(Map.Entry::getKey).orElseThrow();
    }

    private static String titleCase(String capitals) {
        StringBuilder sb = new StringBuilder(capitals.length());
        for (int k = 0; k < capitals.length(); k++) {
            char c = capitals.charAt(k);
            sb.append(k > 0 && Character.isLetter(capitals.charAt(k - 1)) ? Character.toLowerCase(c) : c);
        }
        return sb.toString();
    }

    private static boolean hasLowerCase(String s) {
        return s.chars().anyMatch(Character::isLowerCase);
    }

    /**
     * Adds the places inside hyphenated words ("Russia-Ukraine border") and demonyms the tagger
     * left out ("Russian territory"); both are read as mentions of the place.
     */
    private List<Mention> withPlacesInside(String text, List<Mention> tagged) {
        List<Mention> out = new ArrayList<>(tagged);
        Matcher m = HYPHENATED_NAMES.matcher(text);
        while (m.find()) {
            String[] parts = m.group().split("-");
            boolean places = true;
            for (String part : parts) places &= (lexicon.gazetteer.categories(Lexicon.key(part)) & PLACE) != 0;
            if (!places) continue;
            int start = m.start(), end = m.end();
            if (out.stream().anyMatch(x -> x.start() < end && x.end() > start && (x.start() < start || x.end() > end))) continue;
            out.removeIf(x -> x.start() >= start && x.end() <= end);
            int at = start;
            for (String part : parts) {
                out.add(new Mention(Span.of(text, at, at + part.length()), EntityType.LOCATION));
                at += part.length() + 1;
            }
        }
        m = CAPITALISED_WORD.matcher(text);
        while (m.find()) {
            String key = Lexicon.key(m.group());
            if (!lexicon.demonyms.containsKey(key) || key.endsWith("s")) continue;
            int start = m.start(), end = m.end();
            if (out.stream().noneMatch(x -> x.start() < end && x.end() > start)) out.add(new Mention(Span.of(text, start, end), EntityType.MISC));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }
}
