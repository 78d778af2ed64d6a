package newsfacts.core.facts;

import newsfacts.core.nlp.Sentences;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummarizerTest {
    @Test
    void theSummaryStartsAtTheLeadNotAtAHeadlineAndSaysNothingTwice() {
        String body = "Harbour reopens after storm\n\nHarbour reopens after storm\n\n"
                + "The harbour of Portvale reopened on Tuesday after a storm had closed it for a week.\n\n"
                + "Ferries to the islands will run to the old timetable from Thursday, the harbour board said.";
        String summary = new Summarizer().summary(Sentences.split(body), List.of("harbour", "ferries"));
        assertTrue(summary.startsWith("The harbour of Portvale reopened"), summary);
        assertEquals(summary.indexOf("reopened on Tuesday"), summary.lastIndexOf("reopened on Tuesday"), summary);
    }
}
