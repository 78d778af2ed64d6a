package newsfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import newsfacts.core.Json;
import newsfacts.core.clean.Cleaner;
import newsfacts.core.extract.Extractor;
import newsfacts.core.model.ArticleRecord;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published record format holds for real records: extracted, failed, and what the API serves. */
class RecordSchemaTest {
    static final JsonSchema SCHEMA = load();
    /** The validator reads databind trees. */
    static final ObjectMapper TREES = new ObjectMapper();

    static JsonSchema load() {
        try (InputStream in = RecordSchemaTest.class.getResourceAsStream("/newsfacts/article-record.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertValid(ArticleRecord record) throws Exception {
        JsonNode json = TREES.readTree(Json.write(record));
        Set<ValidationMessage> errors = SCHEMA.validate(json);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void extractedAndFailedRecordsOfRealFilesValidate() throws Exception {
        Cleaner cleaner = new Cleaner();
        Extractor extractor = Extractor.load();
        ArticleRecord extracted = Main.extractFile(Path.of("events/articles/menafn-nato.txt"), cleaner, extractor);
        assertFalse(extracted.facts().statements().isEmpty());
        assertValid(extracted);

        Path empty = Files.createTempFile("empty", ".html");
        ArticleRecord failed = Main.extractFile(empty, cleaner, extractor);
        assertEquals("EMPTY", failed.failure().reason().name());
        assertValid(failed);
    }

    @Test
    void aRecordWithAnUnknownFieldIsRejected() throws Exception {
        JsonNode json = TREES.readTree("{\"articleId\":\"0123456789abcdef0123\",\"status\":\"EXTRACTED\",\"surprise\":1}");
        assertFalse(SCHEMA.validate(json).isEmpty());
    }
}
