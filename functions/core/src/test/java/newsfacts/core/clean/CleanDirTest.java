package newsfacts.core.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class CleanDirTest {
    @Test
    void cleansAFolderAndRecordsFailuresWithoutStopping(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        Files.writeString(in.resolve("empty.html"), "");
        Files.writeString(in.resolve("good.html"), "<html lang='en'><head><title>A title</title></head><body><article>"
                + "<p>This is the first paragraph of the article, with enough words to count as text.</p>"
                + "<p>And this is the second one, which ends the article, as articles do.</p></article></body></html>");
        CleanDir.run(in, out);
        JsonNode good = new ObjectMapper().readTree(out.resolve("good.json").toFile());
        assertTrue(good.get("text").asText().contains("first paragraph"));
        assertEquals("A title", good.get("title").asText());
        assertEquals("en", good.get("language").asText());
        JsonNode empty = new ObjectMapper().readTree(out.resolve("empty.json").toFile());
        assertEquals("", empty.get("text").asText());
        assertTrue(empty.get("error").asText().startsWith("EMPTY"));
    }
}
