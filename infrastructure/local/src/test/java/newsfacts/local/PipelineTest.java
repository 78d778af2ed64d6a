package newsfacts.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import newsfacts.aws.ArticleStore;
import newsfacts.clean.CleanHandler;
import newsfacts.core.Json;
import newsfacts.core.model.ArticleRecord;
import newsfacts.core.model.ArticleStatus;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.extract.ExtractHandler;
import newsfacts.query.QueryHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample wire article through the real handlers, driven by the committed event files, against
 * s3proxy and DynamoDB Local over loopback HTTP.
 */
class PipelineTest {
    static final String RAW_KEY = "raw/2024/05/menafn-nato.txt";
    static final String ID = "f054d4b223ac3d9f7421";
    static LocalStack stack;

    @BeforeAll
    static void upload() throws Exception {
        stack = TestStack.get();
        stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(RAW_KEY), RequestBody.fromBytes(TestStack.sampleArticle()));
        new CleanHandler().handleRequest(EventFilesTest.read(Path.of("events/s3-put-raw.json"), S3Event.class), null);
        new ExtractHandler().handleRequest(EventFilesTest.read(Path.of("events/s3-put-cleaned.json"), S3Event.class), null);
    }

    @Test
    void cleanedDocumentIsWrittenWithProvenance() {
        byte[] json = stack.s3().getObjectAsBytes(b -> b.bucket(LocalStack.BUCKET).key("cleaned/" + ID + ".json")).asByteArray();
        CleanedDocument doc = Json.read(json, CleanedDocument.class);
        assertEquals(ID, doc.articleId());
        assertEquals(RAW_KEY, doc.provenance().key());
        assertEquals(LocalStack.BUCKET, doc.provenance().bucket());
        assertEquals("0055AED6DCD90281E5", doc.provenance().sequencer());
        assertEquals(64, doc.provenance().sha256().length());
        assertTrue(doc.body().startsWith("In a significant shift of stance"), doc.body().substring(0, 40));
        assertTrue(doc.body().contains("\n\n"), "paragraph breaks kept");
        assertTrue(!doc.body().contains("Legal Disclaimer"), "disclaimer dropped");
    }

    @Test
    void recordHoldsTheArticlesFacts() {
        ArticleRecord r = new ArticleStore(stack.dynamo(), LocalStack.TABLE).get(ID).orElseThrow();
        assertEquals(ArticleStatus.EXTRACTED, r.status());
        assertEquals("NATO leader wants to grant Ukraine freedom to attack Russia with Western weapons", r.metadata().title());
        assertEquals("MENAFN", r.metadata().siteName());
        assertTrue(r.metadata().published().startsWith("2024-05-27"), r.metadata().published());
        assertEquals(RAW_KEY, r.rawKey());
        assertEquals("cleaned/" + ID + ".json", r.cleanedKey());
        assertEntity(r, "Jens Stoltenberg", EntityType.PERSON);
        assertEntity(r, "Sergey Lavrov", EntityType.PERSON);
        assertEntity(r, "NATO", EntityType.ORGANIZATION);
        assertEntity(r, "Ukraine", EntityType.LOCATION);
    }

    static void assertEntity(ArticleRecord r, String name, EntityType type) {
        Entity e = r.facts().entities().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + r.facts().entities().stream().map(Entity::name).toList()));
        assertEquals(type, e.type(), name);
        assertTrue(e.mentionCount() >= 1 && !e.mentions().isEmpty(), name + " has mentions");
    }

    @Test
    void queryHandlerFindsItByIdAndByEntity() throws Exception {
        QueryHandler query = new QueryHandler();
        var byId = query.handleRequest(EventFilesTest.read(Path.of("events/api-get-article.json"), APIGatewayProxyRequestEvent.class), null);
        assertEquals(200, byId.getStatusCode(), byId.getBody());
        assertEquals(ID, Json.read(byId.getBody(), ArticleRecord.class).articleId());

        // the committed event asks for one page; other tests share the table and the sample's date, so walk the pages
        APIGatewayProxyRequestEvent list = EventFilesTest.read(Path.of("events/api-list-articles.json"), APIGatewayProxyRequestEvent.class);
        boolean found = false;
        while (!found) {
            var byEntity = query.handleRequest(list, null);
            assertEquals(200, byEntity.getStatusCode(), byEntity.getBody());
            Map<?, ?> page = Json.object(Json.parse(byEntity.getBody()));
            found = ((java.util.List<?>) page.get("items")).stream().anyMatch(i -> ID.equals(((Map<?, ?>) i).get("articleId")));
            String cursor = (String) page.get("cursor");
            if (cursor == null) break;
            Map<String, String> next = new java.util.HashMap<>(list.getQueryStringParameters());
            next.put("cursor", cursor);
            list.setQueryStringParameters(next);
        }
        assertTrue(found, "the sample is listed under its entity");
    }

    @Test
    void sameEventTwiceLeavesOneRecordAndOneSetOfIndexItems() throws Exception {
        var store = new ArticleStore(stack.dynamo(), LocalStack.TABLE);
        String before = Json.write(store.items(newsfacts.aws.IndexKeys.list("entity", "NATO"), null, null, 100, null).items().size());
        new ExtractHandler().handleRequest(EventFilesTest.read(Path.of("events/s3-put-cleaned.json"), S3Event.class), null);
        String after = Json.write(store.items(newsfacts.aws.IndexKeys.list("entity", "NATO"), null, null, 100, null).items().size());
        assertEquals(before, after);
        assertEquals(ArticleStatus.EXTRACTED, store.get(ID).orElseThrow().status());
    }
}
