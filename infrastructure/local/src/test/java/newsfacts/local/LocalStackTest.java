package newsfacts.local;

import newsfacts.core.ArticleIds;
import newsfacts.core.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user of {@code newsfacts up} sees: upload with an S3 client, read over HTTP. */
class LocalStackTest {
    static LocalStack stack;
    static ApiServer api;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.get();
        api = stack.serveApi(0);
        stack.pollOnce(); // what earlier tests left counts as seen
    }

    @AfterAll
    static void stopApi() {
        api.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void uploadedArticleBecomesReadableThroughTheApi() throws Exception {
        // a key S3 would form-encode: spaces, a plus sign, a percent sign and non-ASCII letters
        String key = "raw/local test/nato+ukraine 100% Kyjiv-Київ.txt";
        stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(TestStack.sampleArticle()));
        stack.settle();
        String id = ArticleIds.forRawKey(key);

        HttpResponse<String> record = get("/articles/" + id);
        assertEquals(200, record.statusCode(), record.body());
        assertEquals(key, Json.object(Json.parse(record.body())).get("rawKey"));

        // other tests load many articles naming him too: walk every page
        List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        do {
            HttpResponse<String> list = get("/articles?limit=100&entity=" + URLEncoder.encode("sergey lavrov", StandardCharsets.UTF_8)
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, list.statusCode(), list.body());
            Map<?, ?> page = Json.object(Json.parse(list.body()));
            ((List<?>) page.get("items")).forEach(i -> ids.add((String) ((Map<?, ?>) i).get("articleId")));
            cursor = (String) page.get("cursor");
        } while (cursor != null);
        assertTrue(ids.contains(id), ids.toString());
    }

    @Test
    void aKeyOfTheMaximumLengthWorksEndToEnd() throws Exception {
        // S3 allows 1,024 bytes of UTF-8; folders keep each path part within a file name's length
        StringBuilder key = new StringBuilder("raw/");
        while (key.toString().getBytes(StandardCharsets.UTF_8).length < 1024 - 204) key.append("é".repeat(100)).append('/');
        while (key.toString().getBytes(StandardCharsets.UTF_8).length < 1024 - 4) key.append('k');
        key.append(".txt");
        assertEquals(1024, key.toString().getBytes(StandardCharsets.UTF_8).length);
        stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key.toString()), RequestBody.fromBytes(TestStack.sampleArticle()));
        stack.settle();
        HttpResponse<String> record = get("/articles/" + ArticleIds.forRawKey(key.toString()));
        assertEquals(200, record.statusCode(), record.body());
        assertEquals(key.toString(), Json.object(Json.parse(record.body())).get("rawKey"));
    }

    @Test
    void removingTheUploadMarksTheRecordDeletedAndRemovesTheCleanedObject() throws Exception {
        String key = "raw/local/to-remove.txt";
        stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(TestStack.sampleArticle()));
        stack.settle();
        String id = ArticleIds.forRawKey(key);
        assertEquals(200, get("/articles/" + id).statusCode());

        stack.s3().deleteObject(b -> b.bucket(LocalStack.BUCKET).key(key));
        stack.settle();
        assertEquals("DELETED", Json.object(Json.parse(get("/articles/" + id).body())).get("status"));
        assertTrue(stack.s3().listObjectsV2(b -> b.bucket(LocalStack.BUCKET).prefix("cleaned/" + id)).contents().isEmpty());
    }

    @Test
    void badUploadIsRecordedAsFailedAndKept() throws Exception {
        String key = "raw/local/empty.html";
        stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(new byte[0]));
        stack.settle();
        Map<?, ?> record = Json.object(Json.parse(get("/articles/" + ArticleIds.forRawKey(key)).body()));
        assertEquals("FAILED", record.get("status"));
        assertEquals("EMPTY", ((Map<?, ?>) record.get("failure")).get("reason"));
        assertEquals(0L, stack.s3().headObject(b -> b.bucket(LocalStack.BUCKET).key(key)).contentLength(), "the raw upload stays");
    }

    @Test
    void apiAnswersProblemDetailsForBadRequests() throws Exception {
        HttpResponse<String> badLimit = get("/articles?limit=100000");
        assertEquals(400, badLimit.statusCode());
        assertEquals("limit", Json.object(Json.parse(badLimit.body())).get("parameter"));
        assertEquals(404, get("/articles/0123456789abcdef0123").statusCode());
        assertEquals(404, get("/nowhere").statusCode());
        assertEquals(400, get("/articles?cursor=" + URLEncoder.encode("not a cursor!", StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void anIdenticalReUploadIsAnEventToo() throws Exception {
        String key = "raw/local-reupload/article.txt";
        byte[] bytes = TestStack.sampleArticle();
        stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(bytes));
        stack.settle();
        var store = new newsfacts.aws.ArticleStore(stack.dynamo(), LocalStack.TABLE);
        String first = store.get(ArticleIds.forRawKey(key)).orElseThrow().updatedAt();

        Thread.sleep(1100); // S3 keeps LastModified in whole seconds
        stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(bytes));
        stack.settle();
        assertTrue(!first.equals(store.get(ArticleIds.forRawKey(key)).orElseThrow().updatedAt()), "the re-upload was processed again");
    }
}
