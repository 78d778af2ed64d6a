package newsfacts.core.facts;

import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.core.model.Role;
import newsfacts.core.model.Span;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a speaker mention into a canonical entity name: the entity mentioned there, the last person
 * before a pronoun, the person holding the position a description names ("the minister"), the last
 * organisation before "the company", or the entity a bare surname stands for.
 */
final class SpeakerResolver {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "who", "him", "her", "i");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "they", "which", "we");
    private static final Set<String> ORG_WORDS = Set.of("company", "firm", "group", "organisation", "organization",
            "alliance", "bank", "party", "agency", "club", "union", "campaign", "ministry", "government", "team",
            "administration", "department", "committee", "council", "court", "office", "newspaper", "network", "kremlin");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "his", "her", "its", "their", "our");
    private static final Set<String> PLACE_WORDS = Set.of("country", "state", "city", "nation", "capital", "kingdom", "republic");

    private final Mentions mentions;
    private final List<Role> roles;

    SpeakerResolver(List<Entity> entities, List<Role> roles) {
        this.mentions = new Mentions(entities);
        this.roles = roles;
    }

    String resolve(Span source) {
        if (source == null) return null;
        // "King, who worked for Meadows", "Chi Onwurah, Labour MP for ...": the speaker is named before the comma
        int comma = source.text().indexOf(',');
        if (comma > 0) source = new Span(source.text().substring(0, comma), source.start(), source.start() + comma);
        String text = source.text().replaceAll("['\u2019]s?$", "").strip();
        Entity there = mentions.within(source.start(), source.end(), EntityType.PERSON);
        if (there == null) there = mentions.within(source.start(), source.end(), EntityType.ORGANIZATION, EntityType.LOCATION);
        if (there == null) there = mentions.within(source.start(), source.end());
        if (there != null) return there.name();
        for (Role r : roles) {
            // "Trump campaign spokesman Jason Miller": the person a role was found for in the same words
            if (r.evidence() != null && r.evidence().start() < source.end() && source.start() < r.evidence().end()) return r.person();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (PERSON_PRONOUNS.contains(lower)) return name(mentions.before(source.start(), EntityType.PERSON));
        if (GROUP_PRONOUNS.contains(lower)) return name(mentions.before(source.start(), EntityType.ORGANIZATION, EntityType.LOCATION));
        String[] words = lower.split("\\s+");
        String head = words[words.length - 1];
        if (isDescription(text)) {
            if (ORG_WORDS.contains(head)) return name(mentions.before(source.start(), EntityType.ORGANIZATION));
            if (PLACE_WORDS.contains(head)) return name(mentions.before(source.start(), EntityType.LOCATION));
            String holder = holderOf(head, source.start());
            if (holder != null) return holder;
            return null;
        }
        if (words.length == 1) {
            Entity bySurname = mentions.bySurname(text);
            if (bySurname != null) return bySurname.name();
        }
        return text;
    }

    /** "the company", "The minister", "a spokesman": lowercase words after an optional determiner. */
    private static boolean isDescription(String text) {
        String[] words = text.split("\\s+");
        int from = DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
        if (from == words.length) return false;
        for (int i = from; i < words.length; i++) if (!Character.isLowerCase(words[i].charAt(0))) return false;
        return true;
    }

    /** The person last named before {@code pos} holding a position that the word names ("the minister"). */
    private String holderOf(String word, int pos) {
        String found = null;
        for (Role r : roles) {
            if (r.evidence() != null && r.evidence().start() > pos) continue;
            if (r.position().toLowerCase(Locale.ROOT).contains(word)) found = r.person();
        }
        return found;
    }

    private static String name(Entity e) { return e == null ? null : e.name(); }
}
