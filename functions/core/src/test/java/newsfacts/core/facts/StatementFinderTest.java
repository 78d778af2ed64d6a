package newsfacts.core.facts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementFinderTest {
    private static final StatementFinder FINDER = new StatementFinder(Cues.load());

    private static String source(String text, StatementFinder.Attribution a) { return text.substring(a.source()[0], a.source()[1]); }

    private static String cue(String text, StatementFinder.Attribution a) { return text.substring(a.cue()[0], a.cue()[1]); }

    private static List<String> content(String text, StatementFinder.Attribution a) {
        return a.content().stream().map(f -> text.substring(f[0], f[1])).toList();
    }

    private static StatementFinder.Attribution only(String text) {
        List<StatementFinder.Attribution> found = FINDER.find(text);
        assertEquals(1, found.size(), () -> "found " + found.size() + " in: " + text);
        return found.get(0);
    }

    @Test void reportedSpeechAfterTheCue() {
        String text = "Trump campaign spokesman Jason Miller said that the candidate would attend the debate.";
        StatementFinder.Attribution a = only(text);
        assertEquals("Trump campaign spokesman Jason Miller", source(text, a));
        assertEquals("said", cue(text, a));
        assertEquals(List.of("that the candidate would attend the debate"), content(text, a));
        assertFalse(a.direct());
    }

    @Test void quoteSplitAroundTheSpeaker() {
        String text = "\u201cWe will not back down,\u201d he said, \u201cnot now and not ever.\u201d";
        StatementFinder.Attribution a = only(text);
        assertEquals("he", source(text, a));
        assertEquals(List.of("\u201cWe will not back down,\u201d", "\u201cnot now and not ever.\u201d"), content(text, a));
        assertTrue(a.direct());
    }

    @Test void straightQuotesAndInvertedSpeakerWithApposition() {
        String text = "\"The plan is dead in the water,\" said Jane Doe, a spokeswoman for the ministry.";
        StatementFinder.Attribution a = only(text);
        assertEquals("Jane Doe, a spokeswoman for the ministry", source(text, a));
        assertEquals(List.of("\"The plan is dead in the water,\""), content(text, a));
    }

    @Test void multiSentenceQuoteAfterAColon() {
        String text = "The senator told reporters: \u201cThis bill is a disaster. It will cost jobs. We will fight it.\u201d";
        StatementFinder.Attribution a = only(text);
        assertEquals("The senator", source(text, a));
        assertEquals("told", cue(text, a));
        assertEquals(List.of("\u201cThis bill is a disaster. It will cost jobs. We will fight it.\u201d"), content(text, a));
    }

    @Test void quoteRunningOverParagraphs() {
        String text = "\u201cWe have done everything we could. Nobody can say otherwise.\n\n"
                + "\u201cNow it is up to them,\u201d the minister said.";
        StatementFinder.Attribution a = only(text);
        assertEquals("the minister", source(text, a));
        assertEquals(2, a.content().size());
        assertTrue(content(text, a).get(0).startsWith("\u201cWe have done"));
    }

    @Test void colonIntroducingTheNextParagraph() {
        String text = "The spokesman said:\n\n\u201cWe will appeal the ruling. We are confident.\u201d";
        StatementFinder.Attribution a = only(text);
        assertEquals("The spokesman", source(text, a));
        assertEquals(List.of("\u201cWe will appeal the ruling. We are confident.\u201d"), content(text, a));
    }

    @Test void accordingToAndParticiples() {
        String text = "The economy grew by 3 percent last year, according to the central bank.";
        StatementFinder.Attribution a = only(text);
        assertEquals("the central bank", source(text, a));
        assertEquals("according to", a.cueLemma());
        assertEquals(List.of("The economy grew by 3 percent last year"), content(text, a));

        String text2 = "The minister rejected the report, arguing that its figures were out of date.";
        List<StatementFinder.Attribution> found = FINDER.find(text2);
        StatementFinder.Attribution arguing = found.stream().filter(x -> x.cueLemma().equals("argue")).findFirst().orElseThrow();
        assertEquals("The minister", source(text2, arguing));
        assertEquals(List.of("that its figures were out of date"), content(text2, arguing));
    }

    @Test void reportingClauseAfterReportedSpeech() {
        String text = "The talks will resume next week in Geneva, officials said on Monday.";
        StatementFinder.Attribution a = only(text);
        assertEquals("officials", source(text, a));
        assertEquals(List.of("The talks will resume next week in Geneva"), content(text, a));
    }

    @Test void noSpeakerNoStatement() {
        assertTrue(FINDER.find("It is said that the castle is haunted.").isEmpty());
        assertTrue(FINDER.find("The weather was fine and the market was busy on Saturday.").isEmpty());
    }
}
