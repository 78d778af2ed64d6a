package newsfacts.core.entities;

import newsfacts.core.model.EntityType;
import newsfacts.core.nlp.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TaggedLineTest {
    @Test
    void noNameRunsAcrossTheEndOfASentence() {
        assertEquals(List.of("Halvorsen", "Brightwater"), names("compared him to Halvorsen. Brightwater said", 3, 6));
        assertEquals(List.of("Brightwater.com"), names("shares of Brightwater.com fell", 2, 5), "no space: no sentence end");
    }

    /** The names of the text after tagging tokens [from, to) as one person and splitting at sentence ends. */
    private static List<String> names(String text, int from, int to) {
        TaggedLine line = new TaggedLine(Tokenizer.tokenize(text));
        line.mark(from, to, EntityType.PERSON);
        line.splitAtSentenceEnds();
        List<String> names = new ArrayList<>();
        line.forEachMention((a, b) -> names.add(text.substring(line.tokens.get(a).start(), line.tokens.get(b - 1).end())));
        return names;
    }
}
