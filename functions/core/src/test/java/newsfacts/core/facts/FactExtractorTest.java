package newsfacts.core.facts;

import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.DateMention;
import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.core.model.Facts;
import newsfacts.core.model.Role;
import newsfacts.core.model.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facts of the MENAFN sample, as a careful reader takes them out (examples/menafn-nato/expected.md). */
class FactExtractorTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.load();
    private static final String BODY = Fixtures.menafnBody();
    private static final List<Entity> ENTITIES = Fixtures.menafnEntities(BODY);
    private static final Facts FACTS = EXTRACTOR.extract(Fixtures.doc(BODY, "2024-05-27", "en"), ENTITIES);

    @Test void passesEntitiesThrough() {
        assertEquals(ENTITIES, FACTS.entities());
        assertEquals(FactExtractor.VERSION, FACTS.extractorVersion());
        assertTrue(FACTS.notExtracted().isEmpty());
    }

    @Test void findsBothRoles() {
        assertRole("Jens Stoltenberg", "Secretary-General", "NATO");
        assertRole("Sergey Lavrov", "Foreign Minister", "Russia");
        for (Role r : FACTS.roles()) assertEquals("2024-05-27", r.asOf());
    }

    @Test void datesTheInterviewToTheFridayBeforePublication() {
        DateMention friday = FACTS.dates().stream().filter(d -> d.span().text().equals("Friday")).findFirst().orElseThrow();
        assertEquals("2024-05-24", friday.value());
        assertTrue(friday.relative());
        assertNotNull(friday.event());
        assertTrue(friday.event().startsWith("interview"), friday.event());
        assertTrue(friday.sentence().contains("The Economist"));
    }

    @Test void findsTheStatementsWithSpeakerAndCue() {
        assertStatement("Jens Stoltenberg", "advocate", "member nations of the alliance to reconsider");   // 1
        assertStatement("Jens Stoltenberg", "emphasize", "the importance of enabling Ukraine");          // 3
        assertStatement("Jens Stoltenberg", "suggest", "that broader reconsideration is warranted");      // 6
        assertStatement("Moscow", "allege", "that Western weapons");                                      // 7
        assertStatement("Sergey Lavrov", "dismiss", "claims of restrictions");                            // 8
        assertStatement("Sergey Lavrov", "argue", "that United States munitions");                        // 9
        for (Statement s : FACTS.statements()) {
            assertEquals(Statement.Kind.REPORTED, s.kind());
            assertEquals(s.content().text(), BODY.substring(s.content().start(), s.content().end()));
            assertTrue(s.evidence().start() <= s.content().start() && s.content().end() <= s.evidence().end());
        }
    }

    @Test void leavesOutWhatOnlyEnglishRulesCanExtract() {
        String body = "Le ministre des Affaires étrangères a déclaré vendredi que la France enverra 300 soldats. "
                + "Il a ajouté que les discussions continueront la semaine prochaine à Paris.";
        Facts facts = EXTRACTOR.extract(Fixtures.doc(body, "2024-05-27", "fr"),
                List.of(Fixtures.entity(body, "France", EntityType.LOCATION)));
        assertEquals(List.of("statements", "roles", "dates", "quantities"), facts.notExtracted());
        assertTrue(facts.statements().isEmpty() && facts.dates().isEmpty() && facts.quantities().isEmpty());
        assertEquals(1, facts.entities().size());
        assertNotNull(facts.summary());
    }

    @Test void guessesTheLanguageWhenMetadataHasNone() {
        CleanedDocument english = Fixtures.doc("The minister said on Monday that the talks would go on, and that both sides "
                + "were close to a deal.", "2024-05-27", null);
        assertTrue(EXTRACTOR.extract(english, List.of()).notExtracted().isEmpty());
        CleanedDocument german = Fixtures.doc("Der Minister sagte am Montag, dass die Gespräche weitergehen würden und "
                + "beide Seiten kurz vor einer Einigung stünden.", "2024-05-27", " ");
        assertFalse(EXTRACTOR.extract(german, List.of()).notExtracted().isEmpty());
    }

    @Test void resolvesPronounsAndDescriptionsToEntities() {
        String body = "Acme Corp reported higher sales on Tuesday. The company said it would hire 200 workers.\n\n"
                + "Jane Doe, the company's chief executive, spoke to reporters. \"We are growing,\" she said.";
        List<Entity> entities = List.of(Fixtures.entity(body, "Acme Corp", EntityType.ORGANIZATION),
                Fixtures.entity(body, "Jane Doe", EntityType.PERSON));
        Facts facts = EXTRACTOR.extract(Fixtures.doc(body, "2024-03-07", "en"), entities);
        Statement hire = facts.statements().stream().filter(s -> s.content().text().contains("hire")).findFirst().orElseThrow();
        assertEquals("Acme Corp", hire.speaker());
        assertEquals("The company", hire.source().text());
        Statement growing = facts.statements().stream().filter(s -> s.content().text().contains("growing")).findFirst().orElseThrow();
        assertEquals("Jane Doe", growing.speaker());
        assertEquals(Statement.Kind.DIRECT, growing.kind());
        assertTrue(facts.roles().stream().anyMatch(r -> r.person().equals("Jane Doe")
                && r.position().equals("Chief Executive") && "Acme Corp".equals(r.organization())), facts.roles().toString());
        assertTrue(facts.quantities().stream().anyMatch(q -> q.value() == 200 && q.unit().equals("workers")));
        assertTrue(facts.dates().stream().anyMatch(d -> "2024-03-05".equals(d.value())));  // the Tuesday before
        assertFalse(facts.keywords().isEmpty());
    }

    private static void assertRole(String person, String position, String organization) {
        assertTrue(FACTS.roles().stream().anyMatch(r -> r.person().equals(person) && r.position().equals(position)
                && organization.equals(r.organization())), () -> "no role " + person + "/" + position + " in " + FACTS.roles());
    }

    private static void assertStatement(String speaker, String lemma, String contentStart) {
        assertTrue(FACTS.statements().stream().anyMatch(s -> speaker.equals(s.speaker()) && s.cueLemma().equals(lemma)
                        && s.content().text().startsWith(contentStart)),
                () -> "no statement " + speaker + " / " + lemma + " / " + contentStart + " in " + FACTS.statements());
    }
}
