package newsfacts.core.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementsDirTest {
    @Test void writesOneJsonPerText(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String text = "Title line\n\n\u201cIt is over,\u201d the coach said. Officials said the stadium would reopen in May.";
        Files.writeString(in.resolve("a.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("notes.md"), "ignored", StandardCharsets.UTF_8);
        StatementsDir.run(in, dir.resolve("out"));
        assertTrue(Files.exists(dir.resolve("out/a.json")));
        assertEquals(1, Files.list(dir.resolve("out")).count());
        JsonNode statements = new ObjectMapper().readTree(dir.resolve("out/a.json").toFile()).get("statements");
        assertEquals(2, statements.size());
        for (JsonNode s : statements) {
            for (String part : new String[] {"speaker", "cue", "content"}) {
                JsonNode span = s.get(part);
                assertEquals(span.get("text").asText(), text.substring(span.get("start").asInt(), span.get("end").asInt()));
            }
        }
        assertEquals("the coach", statements.get(0).get("speaker").get("text").asText());
        assertEquals("Officials", statements.get(1).get("speaker").get("text").asText());
    }
}
