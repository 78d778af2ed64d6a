package newsfacts.core.entities;

import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.core.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the named entities of a text. (Placeholder rules: the entities issue replaces them with a model.) */
public final class EntityExtractor {
    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\b[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*");
    private static final Set<String> PLACES = Set.of("Ukraine", "Russia", "Moscow", "Kharkov", "United States");

    public static EntityExtractor load() { return new EntityExtractor(); }

    public List<Entity> extract(String text) {
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        Matcher m = CAPITALISED_RUN.matcher(text);
        while (m.find()) {
            String name = m.group();
            EntityType type = PLACES.contains(name) ? EntityType.LOCATION
                    : name.chars().allMatch(Character::isUpperCase) ? EntityType.ORGANIZATION
                    : name.contains(" ") ? EntityType.PERSON : null;
            if (type == null) continue;
            types.put(name, type);
            mentions.computeIfAbsent(name, k -> new ArrayList<>()).add(new Span(name, m.start(), m.end()));
        }
        List<Entity> out = new ArrayList<>();
        mentions.forEach((name, spans) -> out.add(new Entity(name, types.get(name), List.of(), spans, spans.size(), 0)));
        return out;
    }
}
