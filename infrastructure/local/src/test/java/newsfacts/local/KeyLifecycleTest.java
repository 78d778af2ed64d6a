package newsfacts.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import newsfacts.aws.ArticleStore;
import newsfacts.core.ArticleIds;
import newsfacts.core.Json;
import newsfacts.core.model.ArticleStatus;
import newsfacts.query.QueryHandler;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One raw key through its life, with the events S3 sends: an article, a failed upload in its place, a delete. */
class KeyLifecycleTest {
    @Test
    void aFailedReuploadTakesTheOldCleanedTextAndADeleteLeavesTheListOfAll() {
        LocalStack stack = TestStack.get();
        ArticleStore store = new ArticleStore(stack.dynamo(), LocalStack.TABLE);
        String key = "raw/lifecycle/item.txt", id = ArticleIds.forRawKey(key), cleaned = "cleaned/" + id + ".json";
        put(stack, key, "Quarry reopens\n\nPORTVALE, March 3 (Wirefeed) - The old quarry reopened on Tuesday after ten years.\n");
        assertEquals(ArticleStatus.EXTRACTED, store.get(id).orElseThrow().status());
        assertTrue(stack.s3().headObject(b -> b.bucket(LocalStack.BUCKET).key(cleaned)).contentLength() > 0);

        put(stack, key, "");
        assertEquals(ArticleStatus.FAILED, store.get(id).orElseThrow().status());
        assertThrows(NoSuchKeyException.class, () -> stack.s3().headObject(b -> b.bucket(LocalStack.BUCKET).key(cleaned)),
                "the text of the article the key no longer holds");
        Map<?, ?> failure = items(Map.of("status", "FAILED", "limit", "100")).stream()
                .filter(i -> id.equals(i.get("articleId"))).findFirst().orElseThrow();
        assertEquals(key, failure.get("rawKey"), "a list of failures says which upload");
        assertEquals("EMPTY", failure.get("failureReason"), "and why");

        stack.s3().deleteObject(b -> b.bucket(LocalStack.BUCKET).key(key));
        stack.settle();
        assertEquals(ArticleStatus.DELETED, store.get(id).orElseThrow().status());
        assertFalse(listed(Map.of("limit", "100")).contains(id), "a tombstone is not an article");
        assertTrue(listed(Map.of("status", "DELETED", "limit", "100")).contains(id));
    }

    private static void put(LocalStack stack, String key, String text) {
        stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromString(text));
        stack.settle();
    }

    private static List<String> listed(Map<String, String> query) {
        return items(query).stream().map(i -> (String) i.get("articleId")).toList();
    }

    private static List<Map<?, ?>> items(Map<String, String> query) {
        var response = new QueryHandler().handleRequest(new APIGatewayProxyRequestEvent().withHttpMethod("GET").withPath("/articles")
                .withQueryStringParameters(query), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return ((List<?>) Json.object(Json.parse(response.getBody())).get("items")).stream().<Map<?, ?>>map(o -> (Map<?, ?>) o).toList();
    }
}
