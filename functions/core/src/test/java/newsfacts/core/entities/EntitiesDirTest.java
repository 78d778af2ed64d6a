package newsfacts.core.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntitiesDirTest {
    @Test
    void writesEveryMentionWithOffsetsAndTheTiming(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in")), out = dir.resolve("out");
        String text = "Ünal Kaya met Angela Merkel in Berlin.\nMerkel said Germany would help.\n";
        Files.writeString(in.resolve("doc-1.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("notes.md"), "not a document");

        EntitiesDir.run(in, out);

        JsonNode entities = new ObjectMapper().readTree(out.resolve("doc-1.json").toFile()).get("entities");
        assertTrue(entities.size() >= 4, entities::toString);
        boolean merkel = false;
        for (JsonNode e : entities) {
            int start = e.get("start").asInt(), end = e.get("end").asInt();
            assertEquals(text.substring(start, end), e.get("text").asText());
            assertTrue(e.get("type").asText().matches("PER|ORG|LOC|MISC"));
            merkel |= e.get("text").asText().equals("Angela Merkel") && e.get("type").asText().equals("PER");
        }
        assertTrue(merkel, entities::toString);
        assertTrue(Files.notExists(out.resolve("notes.json")));
        JsonNode timing = new ObjectMapper().readTree(out.resolve("_timing.json").toFile());
        assertTrue(timing.has("load_ms") && timing.has("process_ms"));
    }

    @Test
    void aSentenceFinalStopIsNotPartOfTheName() {
        String text = "He joined Acme Corp.\nAcme Corp. said it grew in the U.S.";
        int firstEnd = text.indexOf('\n');
        assertEquals(firstEnd - 1, EntitiesDir.conllEnd(text, firstEnd));
        int midLine = text.indexOf(" said");
        assertEquals(midLine, EntitiesDir.conllEnd(text, midLine));
        assertEquals(text.length() - 1, EntitiesDir.conllEnd(text, text.length()));
    }
}
