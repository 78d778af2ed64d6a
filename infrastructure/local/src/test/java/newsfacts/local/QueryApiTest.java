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
import newsfacts.core.model.Role;
import newsfacts.core.model.Span;
import newsfacts.core.model.Statement;
import newsfacts.query.QueryHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every route through the real query handler against DynamoDB Local, with many articles loaded. */
class QueryApiTest {
    static final int ARTICLES = 75;
    static QueryHandler handler;
    static final List<String> ids = new ArrayList<>();

    @BeforeAll
    static void load() {
        LocalStack stack = TestStack.get();
        ArticleStore store = new ArticleStore(stack.dynamo(), LocalStack.TABLE);
        for (int i = 0; i < ARTICLES; i++) {
            String id = ArticleIds.forRawKey("raw/query-test/" + i + ".txt");
            ids.add(id);
            String date = String.format("2023-%02d-%02d", 1 + i % 12, 1 + i % 28);
            String body = "Zorblat Quenton said the Glimmer Council met in Vexford.";
            Entity person = new Entity("Zorblat Quenton", EntityType.PERSON, List.of("Quenton"), List.of(new Span("Zorblat Quenton", 0, 15)), 1, 0.9);
            Entity org = new Entity("Glimmer Council", EntityType.ORGANIZATION, List.of("GC"), List.of(new Span("Glimmer Council", 25, 40)), 1, 0.5);
            Entity place = new Entity("Vexford", EntityType.LOCATION, List.of(), List.of(new Span("Vexford", 48, 55)), 1, 0.3);
            Statement st = new Statement("Zorblat Quenton", new Span("Zorblat Quenton", 0, 15), new Span("said", 16, 20), "say",
                    new Span("the Glimmer Council met in Vexford", 21, 55), Statement.Kind.REPORTED, body, new Span(body, 0, body.length()));
            Role role = new Role("Zorblat Quenton", "chair", "Glimmer Council", date, body, new Span(body, 0, body.length()));
            Facts facts = new Facts(List.of(person, org, place), List.of(role), List.of(st), List.of(), List.of(), List.of(), null, List.of(), "test");
            Metadata meta = new Metadata("Article " + i, null, List.of(), date, null, i % 2 == 0 ? "Even Gazette" : "Odd Times",
                    null, i % 3 == 0 ? "de" : "en", null, List.of(), null, null, null, "text");
            store.save(new ArticleRecord(id, ArticleStatus.EXTRACTED, "raw/query-test/" + i + ".txt", null, meta,
                    new Provenance("b", "raw/query-test/" + i + ".txt", null, null, "A" + i, null, 0, date), 10, facts, null, date), "A" + i);
        }
        handler = new QueryHandler();
    }

    static Map<?, ?> get(String path, Map<String, String> query, int status) {
        var event = new APIGatewayProxyRequestEvent().withHttpMethod("GET").withPath(path).withQueryStringParameters(query);
        var response = handler.handleRequest(event, null);
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertFalse(response.getBody().contains("Exception"), "no stack trace: " + response.getBody());
        return Json.object(Json.parse(response.getBody()));
    }

    @Test
    void paginationWalksEveryArticleExactlyOnceNewestFirst() {
        Set<String> seen = new HashSet<>();
        String cursor = null, previous = "9999";
        int pages = 0;
        do {
            Map<String, String> q = new java.util.HashMap<>(Map.of("entity", "zorblat quenton", "limit", "20"));
            if (cursor != null) q.put("cursor", cursor);
            Map<?, ?> page = get("/articles", q, 200);
            for (Object o : (List<?>) page.get("items")) {
                Map<?, ?> item = (Map<?, ?>) o;
                assertTrue(seen.add((String) item.get("articleId")), "seen once: " + item.get("articleId"));
                String published = (String) item.get("published");
                assertTrue(published.compareTo(previous) <= 0, "newest first");
                previous = published;
            }
            cursor = (String) page.get("cursor");
            pages++;
        } while (cursor != null);
        assertTrue(pages > 3, "more than three pages: " + pages);
        assertEquals(new HashSet<>(ids), seen);
    }

    @Test
    void aPageThatEndsTheListHasNoCursor() {
        Map<?, ?> whole = get("/articles", Map.of("entity", "Zorblat Quenton", "limit", Integer.toString(ARTICLES)), 200);
        assertEquals(ARTICLES, ((List<?>) whole.get("items")).size());
        assertNull(whole.get("cursor"), "no cursor to an empty page");
        Map<?, ?> first = get("/articles", Map.of("entity", "Zorblat Quenton", "limit", Integer.toString(ARTICLES - 1)), 200);
        Map<?, ?> last = get("/articles", Map.of("entity", "Zorblat Quenton", "limit", "100", "cursor", (String) first.get("cursor")), 200);
        assertEquals(1, ((List<?>) last.get("items")).size());
    }

    @Test
    void aliasFindsTheCanonicalEntity() {
        List<?> items = (List<?>) get("/articles", Map.of("entity", "Quenton", "limit", "100"), 200).get("items");
        assertEquals(ARTICLES, items.size());
    }

    @Test
    void filtersCombineOnSourceLanguageTypeAndDates() {
        List<?> even = (List<?>) get("/articles", Map.of("entity", "Glimmer Council", "source", "even gazette", "language", "en", "limit", "100"), 200).get("items");
        long expected = java.util.stream.IntStream.range(0, ARTICLES).filter(i -> i % 2 == 0 && i % 3 != 0).count();
        assertEquals(expected, even.size());
        List<?> march = (List<?>) get("/articles", Map.of("entity", "Vexford", "from", "2023-03-01", "to", "2023-03-31", "limit", "100"), 200).get("items");
        for (Object o : march) assertTrue(((String) ((Map<?, ?>) o).get("published")).startsWith("2023-03"));
        assertFalse(march.isEmpty());
        List<?> typed = (List<?>) get("/articles", Map.of("type", "LOCATION", "source", "Odd Times", "limit", "100"), 200).get("items");
        assertTrue(typed.size() >= ARTICLES / 2);
    }

    @Test
    void entityRouteGathersRolesAliasesAndCompany() {
        Map<?, ?> e = get("/entities/Quenton", Map.of(), 200);
        assertEquals("Zorblat Quenton", e.get("name"));
        assertEquals("PERSON", e.get("type"));
        assertTrue(((List<?>) e.get("aliases")).contains("Quenton"));
        assertFalse(((List<?>) e.get("roles")).isEmpty());
        assertTrue(e.get("cooccurring").toString().contains("Glimmer Council"), e.get("cooccurring").toString());
        assertNotNull(e.get("mentionsByMonth"));
        get("/entities/Nobody%20Here", Map.of(), 404);
    }

    @Test
    void statementsBySpeakerAndByMentionedEntity() {
        Map<?, ?> bySpeaker = get("/statements", Map.of("speaker", "Zorblat Quenton", "limit", "100"), 200);
        assertEquals(ARTICLES, ((List<?>) bySpeaker.get("items")).size());
        Map<?, ?> first = (Map<?, ?>) ((List<?>) bySpeaker.get("items")).get(0);
        assertNotNull(first.get("articleId"));
        assertTrue(first.get("statement").toString().contains("evidence"));
        Map<?, ?> byMention = get("/statements", Map.of("entity", "Vexford", "from", "2023-12-01", "limit", "100"), 200);
        assertFalse(((List<?>) byMention.get("items")).isEmpty());
        assertNull(byMention.get("cursor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=2023-13-45", "to=yesterday", "limit=0", "limit=101", "limit=ten", "status=GONE",
            "type=ANIMAL", "entity=x%27%20OR%201%3D1%20--", "entity=%3Cscript%3E", "entity=%24%7Bjndi%3Aldap%3A%2F%2Fx%7D",
            "cursor=MjAyMy0wMS0wMSNub3QtYW4taWQ", "cursor=%%%", "from=2023-05-01&to=2023-04-01"})
    void badParametersGet400NamingTheParameter(String query) {
        Map<String, String> q = new java.util.LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], java.net.URLDecoder.decode(kv[1].replace("%%%", "%25%25%25"), java.nio.charset.StandardCharsets.UTF_8));
        }
        Map<?, ?> problem = get("/articles", q, 400);
        assertEquals(400, ((Number) problem.get("status")).intValue());
        assertTrue(q.containsKey((String) problem.get("parameter")), problem.toString());
    }

    @Test
    void tamperedCursorCannotReadAnotherPartition() {
        // a cursor names only a sort key: replaying one on another query stays inside that query's partition
        Map<?, ?> page = get("/articles", Map.of("entity", "Vexford", "limit", "5"), 200);
        String cursor = (String) page.get("cursor");
        List<?> other = (List<?>) get("/articles", Map.of("entity", "Nobody Known", "cursor", cursor), 200).get("items");
        assertTrue(other.isEmpty());
    }

    @Test
    void otherMethodsAndUnknownIdsAndRoutes() {
        var post = handler.handleRequest(new APIGatewayProxyRequestEvent().withHttpMethod("POST").withPath("/articles"), null);
        assertEquals(405, post.getStatusCode());
        get("/articles/ffffffffffffffffffff", Map.of(), 404);
        get("/articles/not-an-id", Map.of(), 400);
        get("/health", Map.of(), 200);
    }
}
