package newsfacts.core;

import newsfacts.core.model.ArticleRecord;
import newsfacts.core.model.ArticleStatus;
import newsfacts.core.model.Block;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.DateMention;
import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.core.model.Facts;
import newsfacts.core.model.Failure;
import newsfacts.core.model.FailureReason;
import newsfacts.core.model.Metadata;
import newsfacts.core.model.Provenance;
import newsfacts.core.model.Quantity;
import newsfacts.core.model.Role;
import newsfacts.core.model.Span;
import newsfacts.core.model.Statement;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {
    static final Metadata METADATA = new Metadata("Harbour reopens", null, List.of("Mara Quill"), "2031-04-02", null,
            "The Coastal Ledger", null, "en", null, List.of("ports"), null, "Port Elm", null, "html");
    static final Provenance PROVENANCE = new Provenance("bucket", "raw/a.html", null, "\"e1\"", "0055", "ab12", 1234L, "2031-04-02T10:00:00Z");

    static ArticleRecord fullRecord() {
        Span mara = new Span("Mara Quill", 0, 10);
        Facts facts = new Facts(
                List.of(new Entity("Mara Quill", EntityType.PERSON, List.of("Quill"), List.of(mara), 2, 0.75)),
                List.of(new Role("Mara Quill", "harbour master", "Port Elm Authority", "2031-04-02", "Mara Quill, harbour master, said.", mara)),
                List.of(new Statement("Mara Quill", mara, new Span("said", 12, 16), "say", new Span("it reopens", 20, 30),
                        Statement.Kind.REPORTED, "Mara Quill said it reopens.", mara)),
                List.of(new DateMention(new Span("Tuesday", 31, 38), "2031-04-01", true, null, "It closed on Tuesday.")),
                List.of(new Quantity(new Span("$3.5 million", 40, 52), Quantity.Kind.MONEY, 3.5e6, "USD", "It cost $3.5 million.")),
                List.of("harbour"), "The harbour reopens.", List.of("statements: cut at 500"), "x-1");
        return new ArticleRecord("0123456789abcdef0123", ArticleStatus.EXTRACTED, "raw/a.html", "cleaned/a.json",
                METADATA, PROVENANCE, 42, facts, new Failure(FailureReason.TIME_BUDGET, "extract", "slow"), "2031-04-02T10:00:01Z");
    }

    @Test
    void recordsReadBackEqualWithListsOfRecordsEnumsAndNumbers() {
        ArticleRecord record = fullRecord();
        assertEquals(record, Json.read(Json.write(record), ArticleRecord.class));
        CleanedDocument doc = new CleanedDocument("id1", "Harbour reopens\n\nIt does.", List.of(
                new Block(Block.Kind.HEADING, 0, 15), new Block(Block.Kind.PARAGRAPH, 17, 25)), METADATA, PROVENANCE, 3, "c-1");
        assertEquals(doc, Json.read(Json.write(doc).getBytes(java.nio.charset.StandardCharsets.UTF_8), CleanedDocument.class));
        Role[] roles = record.facts().roles().toArray(Role[]::new);
        assertArrayEquals(roles, Json.read(Json.write(roles), Role[].class));
    }

    @Test
    void nullsAreLeftOutAndUnknownPropertiesIgnored() {
        String json = Json.write(new Failure(FailureReason.EMPTY, null, "nothing"));
        assertFalse(json.contains("stage"), json);
        assertEquals(new Failure(FailureReason.EMPTY, null, "nothing"),
                Json.read("{\"reason\":\"EMPTY\",\"message\":\"nothing\",\"addedLater\":{\"x\":[1]}}", Failure.class));
    }

    @Test
    void missingListsAndNumbersReadAsEmptyAndZero() {
        Entity e = Json.read("{\"name\":\"Port Elm\",\"type\":\"LOCATION\"}", Entity.class);
        assertEquals(new Entity("Port Elm", EntityType.LOCATION, List.of(), List.of(), 0, 0.0), e);
    }

    @Test
    void freeFormJsonIsPlainValuesInDocumentOrderAndARepeatedKeyKeepsItsLastValue() throws IOException {
        Map<String, Object> tree = Json.object(Json.parse("{\"b\":[1,2.5,\"x\",null,true],\"a\":{\"k\":1},\"a\":{\"k\":2}}"));
        assertEquals(List.of("b", "a"), List.copyOf(tree.keySet()));
        assertEquals(java.util.Arrays.asList(1, 2.5, "x", null, true), tree.get("b"));
        assertEquals(Map.of("k", 2), tree.get("a"));
    }

    @Test
    void textOfAFieldIsNullOnlyWhereItIsMissingOrNull() {
        Map<String, Object> o = new java.util.HashMap<>();
        o.put("s", "word");
        o.put("n", 12);
        o.put("nothing", null);
        o.put("list", List.of("a"));
        assertEquals("word", Json.text(o, "s"));
        assertEquals("12", Json.text(o, "n"));
        assertNull(Json.text(o, "nothing"));
        assertNull(Json.text(o, "absent"));
        assertEquals("", Json.text(o, "list"));
        assertTrue(Json.object("not an object").isEmpty());
    }
}
