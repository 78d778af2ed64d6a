package newsfacts.core.nlp;

import newsfacts.core.nlp.Tokenizer.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {
    private static List<String> words(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void splitsPunctuationAndClitics() {
        assertEquals(List.of("Stoltenberg", "'s", "remarks", "did", "n't", "stop", ",", "he", "said", "."),
                words("Stoltenberg's remarks didn't stop, he said."));
        assertEquals(List.of("Ukraine", "’s", "army"), words("Ukraine’s army"));
    }

    @Test
    void keepsInitialismsAbbreviationsAndHyphenatedWordsWhole() {
        assertEquals(List.of("The", "U.S.", "and", "Mr.", "J.", "Smith", "met", "on", "Jan.", "5", "."),
                words("The U.S. and Mr. J. Smith met on Jan. 5."));
        assertEquals(List.of("NATO", "Secretary-General", "on", "the", "Russia-Ukraine", "border"),
                words("NATO Secretary-General on the Russia-Ukraine border"));
        assertEquals(List.of("It", "rose", "3.5", "%", "to", "$", "1,200", "on", "1996-08-30", "..."),
                words("It rose 3.5% to $1,200 on 1996-08-30..."));
    }

    @Test
    void endsASentenceAfterAWordNotAnInitialism() {
        assertEquals(List.of("in", "Paris", ".", "Then"), words("in Paris. Then"));
    }

    @Test
    void offsetsIndexTheText() {
        String text = "  (MENAFN) NATO's\nchief ";
        for (Token t : Tokenizer.tokenize(text)) assertEquals(t.text(), text.substring(t.start(), t.end()));
        assertEquals(List.of("(", "MENAFN", ")", "NATO", "'s", "chief"), words(text));
    }
}
