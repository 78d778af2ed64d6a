package newsfacts.core.entities;

import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.core.model.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static newsfacts.core.model.EntityType.LOCATION;
import static newsfacts.core.model.EntityType.MISC;
import static newsfacts.core.model.EntityType.ORGANIZATION;
import static newsfacts.core.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityExtractorTest {
    private static final EntityExtractor extractor = EntityExtractor.load();

    private static Optional<Entity> find(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static Entity entity(List<Entity> entities, String name, EntityType type) {
        Entity e = find(entities, name).orElseThrow(() -> new AssertionError("no entity " + name + " in " + entities));
        assertEquals(type, e.type(), name);
        return e;
    }

    @Test
    void readsTheNatoArticle() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/menafn-nato.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Entity> entities = extractor.extract(text);
        assertEquals(5, entity(entities, "Jens Stoltenberg", PERSON).mentionCount());
        assertEquals(2, entity(entities, "Sergey Lavrov", PERSON).mentionCount());
        assertEquals(5, entity(entities, "NATO", ORGANIZATION).mentionCount());
        entity(entities, "The Economist", ORGANIZATION);
        assertEquals(5, entity(entities, "Ukraine", LOCATION).mentionCount());
        Entity russia = entity(entities, "Russia", LOCATION);
        assertTrue(russia.mentions().stream().anyMatch(s -> s.text().equals("Russian")), "Russian mentions Russia");
        assertTrue(russia.mentionCount() >= 10, "Russia, Russian, Russia-Ukraine: " + russia.mentions());
        assertTrue(entity(entities, "Kharkov", LOCATION).aliases().contains("Kharkiv"));
        assertEquals(2, entity(entities, "Moscow", LOCATION).mentionCount());
        assertEquals(3, entity(entities, "United States", LOCATION).mentionCount());
        entity(entities, "ATACMS", MISC);
        for (String notAnEntity : List.of("Western", "Russian", "alliance", "Stoltenberg", "Lavrov"))
            assertFalse(find(entities, notAnEntity).isPresent(), notAnEntity);
        for (Entity e : entities) {
            assertEquals(e.mentions().size(), e.mentionCount());
            for (Span s : e.mentions()) assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
        assertEquals(1.0, entities.get(0).salience());
    }

    @Test
    void aDefinedAbbreviationIsAnAlias() {
        List<Entity> entities = extractor.extract(
                "Leaders of the Shanghai Cooperation Organisation (SCO) met on Tuesday. The SCO said it would expand.");
        Entity sco = entities.stream().filter(e -> e.aliases().contains("Shanghai Cooperation Organisation")
                || e.name().equals("Shanghai Cooperation Organisation")).findFirst().orElseThrow();
        assertEquals(ORGANIZATION, sco.type());
        assertEquals(3, sco.mentionCount());
    }

    @Test
    void knownAliasesShareOneCanonicalName() {
        List<Entity> a = extractor.extract("Shelling hit Kharkiv on Monday, officials in Kyiv said.");
        List<Entity> b = extractor.extract("Shelling hit Kharkov on Monday, officials in Kiev said.");
        entity(a, "Kharkov", LOCATION);
        entity(b, "Kharkov", LOCATION);
        entity(a, "Kyiv", LOCATION);
        entity(b, "Kyiv", LOCATION);
        List<Entity> us = extractor.extract("The U.S. envoy said the United States would not back down, and the US Senate agreed.");
        assertEquals(2, entity(us, "United States", LOCATION).mentionCount());
    }

    @Test
    void titlesAndSurnamesJoinTheFullName() {
        List<Entity> entities = extractor.extract("Foreign Minister Sergey Lavrov arrived in Geneva. Mr. Lavrov said little, "
                + "and Lavrov's aides declined to comment.");
        assertEquals(3, entity(entities, "Sergey Lavrov", PERSON).mentionCount());
        entity(entities, "Geneva", LOCATION);
    }

    @Test
    void capitalisedHeadlinesDoNotFoolIt() {
        String text = "GERMAN CHANCELLOR MEETS MACRON IN PARIS\nBERLIN 2024-05-27\n"
                + "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday.\n";
        List<Mention> mentions = extractor.mentions(text);
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("MACRON") && m.type() == PERSON), mentions::toString);
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("PARIS") && m.type() == LOCATION), mentions::toString);
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("BERLIN") && m.type() == LOCATION), mentions::toString);
        assertFalse(mentions.stream().anyMatch(m -> m.text().contains("MEETS") || m.text().contains("CHANCELLOR")), mentions::toString);
        List<Entity> entities = extractor.extract(text);
        assertEquals(2, entity(entities, "Emmanuel Macron", PERSON).mentionCount());
        assertEquals(2, entity(entities, "Paris", LOCATION).mentionCount());
        assertEquals(2, entity(entities, "Germany", LOCATION).mentionCount()); // GERMAN, German Chancellor
    }

    @Test
    void aSourceTagIsNotAnAbbreviation() {
        List<Entity> entities = extractor.extract("CUPERTINO, California (Reuters) - Apple Inc. said on Tuesday that Apple would "
                + "sign the Paris Agreement pledge.");
        assertTrue(entity(entities, "California", LOCATION).aliases().isEmpty());
        entity(entities, "Reuters", ORGANIZATION);
        assertEquals(2, entity(entities, "Apple", ORGANIZATION).mentionCount());
        entity(entities, "Cupertino", LOCATION);
        entity(entities, "Paris Agreement", MISC);
    }

    @Test
    void readsSportsResultsAsTeamsAndPlayers() {
        String text = "SOCCER - K-LEAGUE RESULTS.\nSEOUL 2024-05-26\nResults of matches played on Sunday:\n"
                + "Busan 2 Daegu 1\nIncheon 0 Gwangju 3\nStandings:\nGwangju 12 8 2 2 20 9 26\n"
                + "Top scorer: Kim Min-jae (South Korea) 9 goals\n";
        List<Mention> mentions = extractor.mentions(text);
        for (String team : List.of("Busan", "Daegu", "Incheon"))
            assertTrue(mentions.stream().anyMatch(m -> m.text().equals(team) && m.type() == ORGANIZATION), team + " " + mentions);
        assertTrue(mentions.stream().filter(m -> m.text().equals("Gwangju")).allMatch(m -> m.type() == ORGANIZATION), mentions::toString);
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("SEOUL") && m.type() == LOCATION), mentions::toString);
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("South Korea") && m.type() == LOCATION), mentions::toString);
        assertFalse(mentions.stream().anyMatch(m -> m.text().startsWith("SOCCER")), mentions::toString);
    }

    @Test
    void eventsCompoundsAndPeoplesAreMisc() {
        List<Mention> mentions = extractor.mentions("The Boston-based player, who won the Davis Cup after the Gulf War, "
                + "thanked Basque fans and the Iraqi team.");
        for (String misc : List.of("Boston-based", "Davis Cup", "Gulf War", "Basque", "Iraqi"))
            assertTrue(mentions.stream().anyMatch(m -> m.text().equals(misc) && m.type() == MISC), misc + " " + mentions);
    }

    @Test
    void titleCaseHeadlinesKeepOnlyTheNames() {
        String text = "Apple Unveils New Phone As Tim Cook Courts Buyers In Beijing\n\n"
                + "Apple chief executive Tim Cook said on Tuesday the company would open three stores in Beijing.\n";
        List<Mention> mentions = extractor.mentions(text);
        for (String word : List.of("Unveils", "New", "Phone", "Courts", "Buyers"))
            assertFalse(mentions.stream().anyMatch(m -> m.text().contains(word)), word + " " + mentions);
        List<Entity> entities = extractor.extract(text);
        assertEquals(2, entity(entities, "Beijing", LOCATION).mentionCount());
        assertEquals(2, entity(entities, "Tim Cook", PERSON).mentionCount());
        assertEquals(2, entity(entities, "Apple", ORGANIZATION).mentionCount());
    }

    @Test
    void mediaNamesAreOrganisations() {
        List<Mention> mentions = extractor.mentions("The daily Gazeta Nowa said on Monday that Kowalski had resigned, "
                + "Interkor news agency reported.");
        for (String org : List.of("Gazeta Nowa", "Interkor"))
            assertTrue(mentions.stream().anyMatch(m -> m.text().equals(org) && m.type() == ORGANIZATION), org + " " + mentions);
    }
}
