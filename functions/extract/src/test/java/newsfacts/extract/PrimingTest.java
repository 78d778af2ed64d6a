package newsfacts.extract;

import newsfacts.core.Json;
import newsfacts.core.model.Block;
import newsfacts.core.model.CleanedDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrimingTest {
    @Test
    void builtInDocumentIsLaidOutAsTheCleanerWouldAndSurvivesJson() {
        // blocks that missed their paragraphs would prime a path no real document takes
        CleanedDocument document = Json.read(Json.write(Priming.document()), CleanedDocument.class);
        List<String> blockTexts = document.blocks().stream().map(b -> document.body().substring(b.start(), b.end())).toList();
        assertEquals(Priming.PARAGRAPHS, blockTexts);
        assertEquals(List.of(Block.Kind.PARAGRAPH), document.blocks().stream().map(Block::kind).distinct().toList());
        assertEquals("Council approves the harbour bridge", document.metadata().title());
    }
}
