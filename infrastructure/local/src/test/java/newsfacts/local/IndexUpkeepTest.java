package newsfacts.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import newsfacts.aws.ArticleStore;
import newsfacts.core.ArticleIds;
import newsfacts.core.Json;
import newsfacts.core.model.ArticleRecord;
import newsfacts.core.model.ArticleStatus;
import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.core.model.Facts;
import newsfacts.core.model.Metadata;
import newsfacts.core.model.Provenance;
import newsfacts.core.model.Span;
import newsfacts.core.model.Statement;
import newsfacts.query.QueryHandler;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Index items shared between articles, ordered by time, and narrowed: what re-uploads and queries must keep right. */
class IndexUpkeepTest {
    private final LocalStack stack = TestStack.get();
    private final ArticleStore store = new ArticleStore(stack.dynamo(), LocalStack.TABLE);
    private final QueryHandler api = new QueryHandler();

    @Test
    void reuploadingOneArticleKeepsTheAliasesAnotherStillUses() {
        String first = save("upkeep/alias-1", "2024-01-02", "A1", List.of(person("Ilsabet Marrow", "Marrow")), List.of());
        String second = save("upkeep/alias-2", "2024-01-03", "A1", List.of(person("Ilsabet Marrow", "Marrow")), List.of());
        assertEquals(java.util.Set.of(first, second), java.util.Set.copyOf(articles("Marrow")));

        save("upkeep/alias-1", "2024-01-02", "A2", List.of(person("Tobiah Wrenfield", "Wrenfield")), List.of()); // new content
        assertEquals(List.of(second), articles("Marrow"), "the other article is still found by the alias");
        assertEquals("Ilsabet Marrow", store.canonicalName("marrow"));

        save("upkeep/alias-2", "2024-01-03", "A2", List.of(), List.of()); // and now nobody uses it
        assertEquals("Marrow", store.canonicalName("Marrow"), "unknown again: the name itself");
    }

    @Test
    void aSpeakersStatementsNarrowToThoseMentioningAnEntity() {
        String body = "Odalys Venn said the Quarry Board would meet. Odalys Venn said Port Semble would wait.";
        Entity speaker = new Entity("Odalys Venn", EntityType.PERSON, List.of(), List.of(new Span("Odalys Venn", 0, 11), new Span("Odalys Venn", 46, 57)), 2, 0.9);
        Entity board = new Entity("Quarry Board", EntityType.ORGANIZATION, List.of(), List.of(new Span("Quarry Board", 21, 33)), 1, 0.5);
        Entity port = new Entity("Port Semble", EntityType.LOCATION, List.of(), List.of(new Span("Port Semble", 63, 74)), 1, 0.5);
        List<Statement> statements = List.of(statement(body, 0, 17, 44), statement(body, 46, 63, 85));
        save("upkeep/statements", "2024-02-01", "A1", List.of(speaker, board, port), statements);

        assertEquals(2, statements(Map.of("speaker", "Odalys Venn")).size());
        List<?> narrowed = statements(Map.of("speaker", "Odalys Venn", "entity", "Quarry Board"));
        assertEquals(1, narrowed.size());
        assertEquals("the Quarry Board would meet", ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) narrowed.get(0)).get("statement")).get("content")).get("text"));
        assertEquals(0, statements(Map.of("speaker", "Odalys Venn", "entity", "Nobody Else")).size());
    }

    @Test
    void newestFirstFollowsTheInstantNotTheWallClock() {
        Entity place = new Entity("Lower Tamsk", EntityType.LOCATION, List.of(), List.of(new Span("Lower Tamsk", 0, 11)), 1, 0.5);
        String lateWest = save("upkeep/tz-west", "2024-03-10T23:30:00-05:00", "A1", List.of(place), List.of()); // 04:30 UTC on the 11th
        String earlyUtc = save("upkeep/tz-utc", "2024-03-11T01:00:00Z", "A1", List.of(place), List.of());
        String dayOnly = save("upkeep/tz-day", "2024-03-11", "A1", List.of(place), List.of());
        assertEquals(List.of(lateWest, earlyUtc, dayOnly), articles("Lower Tamsk"));
        assertEquals(List.of(lateWest, earlyUtc, dayOnly), articles("Lower Tamsk", "from", "2024-03-11", "to", "2024-03-11"),
                "days are UTC days");
        assertEquals(List.of(), articles("Lower Tamsk", "to", "2024-03-10"));
    }

    @Test
    void namesAreReadAsTheKeysAreAndAKnownEntityOutsideTheDatesIsNoError() {
        Entity firm = new Entity("Quillon+Vale!", EntityType.ORGANIZATION, List.of(), List.of(new Span("Quillon+Vale!", 0, 13)), 1, 0.5);
        Entity person = new Entity("Anouk Feldspar", EntityType.PERSON, List.of(), List.of(new Span("Anouk Feldspar", 14, 28)), 1, 0.5);
        String id = save("upkeep/names", "2024-04-02", "A1", List.of(firm, person), List.of());
        assertEquals(List.of(id), articles("Anouk\u00a0Feldspar"), "a no-break space is a space");
        assertEquals(200, entity("Quillon+Vale!", Map.of()).getStatusCode());
        var outside = entity("Quillon+Vale!", Map.of("from", "2025-01-01"));
        assertEquals(200, outside.getStatusCode(), outside.getBody());
        assertEquals(List.of(), Json.object(Json.parse(outside.getBody())).get("articles"));
        assertEquals(404, entity("Nobody Such", Map.of()).getStatusCode());
    }

    private com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent entity(String name, Map<String, String> query) {
        return api.handleRequest(new APIGatewayProxyRequestEvent().withHttpMethod("GET").withResource("/entities/{name}")
                .withPath("/entities/x").withPathParameters(Map.of("name", name)).withQueryStringParameters(query), null);
    }

    private String save(String key, String published, String sequencer, List<Entity> entities, List<Statement> statements) {
        String rawKey = "raw/" + key + ".txt";
        String id = ArticleIds.forRawKey(rawKey);
        Facts facts = new Facts(entities, List.of(), statements, List.of(), List.of(), List.of(), null, List.of(), "test");
        Metadata meta = new Metadata("Upkeep " + key, null, List.of(), published, null, "Upkeep Tribune", null, "en", null,
                List.of(), null, null, null, "text");
        // the etag follows the content, as S3's does
        Provenance provenance = new Provenance("b", rawKey, null, sequencer, sequencer, null, 0, "2024-12-01T00:00:00Z");
        store.save(new ArticleRecord(id, ArticleStatus.EXTRACTED, rawKey, null, meta, provenance, 10, facts, null,
                "2024-12-01T00:00:00Z"), sequencer);
        return id;
    }

    private static Entity person(String name, String alias) {
        return new Entity(name, EntityType.PERSON, List.of(alias), List.of(new Span(name, 0, name.length())), 1, 0.9);
    }

    private static Statement statement(String body, int start, int contentStart, int end) {
        return new Statement("Odalys Venn", new Span("Odalys Venn", start, start + 11), new Span("said", start + 12, start + 16), "say",
                new Span(body.substring(contentStart, end), contentStart, end), Statement.Kind.REPORTED, body.substring(start, end + 1),
                new Span(body.substring(start, end + 1), start, end + 1));
    }

    private List<String> articles(String entity, String... range) {
        Map<String, String> q = new java.util.HashMap<>(Map.of("entity", entity));
        for (int i = 0; i < range.length; i += 2) q.put(range[i], range[i + 1]);
        return ((List<?>) get("/articles", q).get("items")).stream().map(o -> (String) ((Map<?, ?>) o).get("articleId")).toList();
    }

    private List<?> statements(Map<String, String> q) {
        return (List<?>) get("/statements", q).get("items");
    }

    private Map<?, ?> get(String path, Map<String, String> query) {
        var response = api.handleRequest(new APIGatewayProxyRequestEvent().withHttpMethod("GET").withPath(path).withQueryStringParameters(query), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return Json.object(Json.parse(response.getBody()));
    }
}
