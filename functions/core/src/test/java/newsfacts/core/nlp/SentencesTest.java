package newsfacts.core.nlp;

import newsfacts.core.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentencesTest {
    private static List<String> texts(String text) { return Sentences.split(text).stream().map(Span::text).toList(); }

    @Test void splitsOnEndPunctuationButNotAbbreviations() {
        assertEquals(List.of("Mr. Smith met Sen. J. Doe in the U.S. capital on Jan. 5.", "They talked.", "Why?"),
                texts("Mr. Smith met Sen. J. Doe in the U.S. capital on Jan. 5. They talked. Why?"));
    }

    @Test void anAbbreviationCanEndASentence() {
        assertEquals(List.of("Polls close at 7 p.m.", "He says he will wait."), texts("Polls close at 7 p.m. He says he will wait."));
        assertEquals(List.of("Mr. He Jiankui spoke."), texts("Mr. He Jiankui spoke."));
        assertEquals(List.of("She would vote no.", "Her office said nothing."), texts("She would vote no. Her office said nothing."));
        assertEquals(List.of("He is the No. 2 in the party."), texts("He is the No. 2 in the party."));
    }

    @Test void keepsClosingQuotesAndSplitsLines() {
        assertEquals(List.of("\u201cWe won.\u201d", "She smiled.", "New paragraph"),
                texts("\u201cWe won.\u201d She smiled.\n\nNew paragraph"));
    }

    @Test void offsetsPointIntoTheText() {
        String text = "  One.\u00a0Two.  ";
        for (Span s : Sentences.split(text)) assertEquals(s.text(), text.substring(s.start(), s.end()));
        assertEquals(List.of("One.", "Two."), texts(text));
    }
}
