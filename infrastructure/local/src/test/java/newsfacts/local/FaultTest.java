package newsfacts.local;

import newsfacts.aws.ArticleStore;
import newsfacts.aws.Clients;
import newsfacts.aws.Config;
import newsfacts.aws.IndexKeys;
import newsfacts.aws.Limits;
import newsfacts.aws.ObjectEvent;
import newsfacts.aws.ObjectStore;
import newsfacts.clean.CleanStage;
import newsfacts.core.ArticleIds;
import newsfacts.core.clean.Cleaner;
import newsfacts.core.extract.Extractor;
import newsfacts.core.model.ArticleRecord;
import newsfacts.core.model.ArticleStatus;
import newsfacts.core.model.Metadata;
import newsfacts.core.model.Provenance;
import newsfacts.extract.ExtractStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AWS calls fail: an emulator stops mid-run, DynamoDB throttles, S3 is unreachable. A transient
 * failure throws (so Lambda retries), and a retry or re-drive ends with the article stored once.
 * Its own emulators, with a data folder, so DynamoDB Local can stop and start again with its data.
 */
class FaultTest {
    static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create(Emulators.ACCESS_KEY, Emulators.SECRET_KEY));
    static final String BUCKET = "fault-bucket", TABLE = "fault-table";
    @TempDir
    static Path data;
    static Emulators emulators;
    static S3Client s3;
    static ObjectStore objects;
    static ArticleStore articles;
    static final Extractor extractor = Extractor.load();

    @BeforeAll
    static void start() throws Exception {
        emulators = Emulators.start(data, 0, 0);
        Config config = new Config(BUCKET, TABLE, "us-east-1", emulators.s3Endpoint(), emulators.dynamoEndpoint());
        s3 = Clients.s3(config, CREDENTIALS);
        s3.createBucket(b -> b.bucket(BUCKET));
        DynamoDbClient dynamo = Clients.dynamo(config, CREDENTIALS);
        dynamo.createTable(TemplateModel.read(Path.of("template.yaml")).table(TABLE));
        objects = new ObjectStore(s3, BUCKET);
        articles = new ArticleStore(dynamo, TABLE);
    }

    @AfterAll
    static void stop() throws Exception {
        emulators.close();
    }

    static ObjectEvent upload(String key, String sequencer) throws Exception {
        s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(TestStack.sampleArticle()));
        new CleanStage(objects, articles, new Cleaner(), Limits.DEFAULT)
                .process(new ObjectEvent(BUCKET, key, true, 2503, null, null, sequencer, null));
        return new ObjectEvent(BUCKET, "cleaned/" + ArticleIds.forRawKey(key) + ".json", true, 0, null, null, "01", null);
    }

    static int entityItems(String name) {
        return articles.items(IndexKeys.list("entity", name), null, null, 100, null).items().size();
    }

    @Test
    void dynamoStoppedMidRunThrowsThenTheRetryStoresTheArticleOnce() throws Exception {
        ObjectEvent cleaned = upload("raw/fault/outage.txt", "0A");
        String id = ArticleIds.forRawKey("raw/fault/outage.txt");
        int before = entityItems("NATO");
        emulators.stopDynamo();
        try {
            ExtractStage stage = new ExtractStage(objects, articles, extractor, Limits.DEFAULT);
            assertThrows(SdkException.class, () -> stage.process(cleaned), "transient: thrown so Lambda retries");
        } finally {
            emulators.startDynamo();
        }
        ExtractStage stage = new ExtractStage(objects, articles, extractor, Limits.DEFAULT);
        assertEquals(ExtractStage.Outcome.EXTRACTED, stage.process(cleaned));
        assertEquals(ExtractStage.Outcome.EXTRACTED, stage.process(cleaned)); // a duplicate delivery
        assertEquals(ArticleStatus.EXTRACTED, articles.get(id).orElseThrow().status());
        assertEquals(before + 1, entityItems("NATO"), "one index item per article, however often delivered");
    }

    @Test
    void limitsBoundTheRecordAndSayWhatWasLeftOut() throws Exception {
        ObjectEvent cleaned = upload("raw/fault/limited.txt", "0C");
        Limits tight = new Limits(1 << 20, 700, 2, 1, java.time.Duration.ofSeconds(20));
        assertEquals(ExtractStage.Outcome.EXTRACTED, new ExtractStage(objects, articles, extractor, tight).process(cleaned));
        var facts = articles.get(ArticleIds.forRawKey("raw/fault/limited.txt")).orElseThrow().facts();
        assertTrue(facts.entities().size() <= 2 && facts.statements().size() <= 1, facts.toString());
        assertTrue(facts.notExtracted().contains("text beyond the first 700 characters"), facts.notExtracted().toString());
        facts.entities().forEach(e -> e.mentions().forEach(m -> assertTrue(m.end() <= 700)));
    }

    @Test
    void aTimeBudgetTooShortRecordsTheArticleAsFailedWithoutRetry() throws Exception {
        ObjectEvent cleaned = upload("raw/fault/slow.txt", "0D");
        Limits instant = new Limits(1 << 20, 150_000, 1000, 500, java.time.Duration.ofNanos(1));
        assertEquals(ExtractStage.Outcome.FAILED, new ExtractStage(objects, articles, extractor, instant).process(cleaned));
        var record = articles.get(ArticleIds.forRawKey("raw/fault/slow.txt")).orElseThrow();
        assertEquals("TIME_BUDGET", record.failure().reason().name());
        assertEquals("raw/fault/slow.txt", record.rawKey());
    }

    @Test
    void throttlingIsAbsorbedByTheSdksRetries() throws Exception {
        ObjectEvent cleaned = upload("raw/fault/throttled.txt", "0B");
        try (ThrottlingProxy proxy = new ThrottlingProxy(emulators.dynamoEndpoint(), 3)) {
            Config viaProxy = new Config(BUCKET, TABLE, "us-east-1", emulators.s3Endpoint(), proxy.endpoint());
            ArticleStore throttled = new ArticleStore(Clients.dynamo(viaProxy, CREDENTIALS), TABLE);
            var outcome = new ExtractStage(objects, throttled, extractor, Limits.DEFAULT).process(cleaned);
            assertEquals(ExtractStage.Outcome.EXTRACTED, outcome);
            assertEquals(3, proxy.throttled.get(), "the proxy did throttle");
        }
        assertTrue(articles.get(ArticleIds.forRawKey("raw/fault/throttled.txt")).isPresent());
    }

    @Test
    void unreachableS3IsTransient() {
        Config dead = new Config(BUCKET, TABLE, "us-east-1", URI.create("http://127.0.0.1:9"), emulators.dynamoEndpoint());
        ObjectStore unreachable = new ObjectStore(Clients.s3(dead, CREDENTIALS), BUCKET);
        CleanStage stage = new CleanStage(unreachable, articles, new Cleaner(), Limits.DEFAULT);
        assertThrows(SdkException.class, () -> stage.process(new ObjectEvent(BUCKET, "raw/fault/x.txt", true, 1, null, null, "01", null)));
    }

    @Test
    void anOlderEventArrivingLateNeverOverwritesTheNewerRecord() {
        String id = ArticleIds.forRawKey("raw/fault/order.txt");
        ArticleRecord newer = record(id, "newer");
        ArticleRecord older = record(id, "older");
        assertTrue(articles.save(newer, "00A1B2C3D4E5F60002"));
        assertTrue(!articles.save(older, "A1B2C3D4E5F60001"), "shorter sequencer, left-padded, is older");
        assertEquals("newer", articles.get(id).orElseThrow().metadata().title());
        assertTrue(articles.save(record(id, "newest"), "A1B2C3D4E5F60003"));
        assertEquals("newest", articles.get(id).orElseThrow().metadata().title());
    }

    @Test
    void aReprocessingEventWithoutSequencerRedoesTheSameContentButNeverNewerContent() {
        String id = ArticleIds.forRawKey("raw/fault/backfill.txt");
        assertTrue(articles.save(record(id, "first", "etag-1"), "0A"));
        assertTrue(articles.save(record(id, "reprocessed", "etag-1"), null), "same object: the backfill redoes it");
        assertEquals("reprocessed", articles.get(id).orElseThrow().metadata().title());
        assertTrue(articles.save(record(id, "new upload", "etag-2"), "0B"));
        assertTrue(!articles.save(record(id, "stale backfill", "etag-1"), null), "older content never replaces newer");
        assertEquals("new upload", articles.get(id).orElseThrow().metadata().title());
    }

    @Test
    void aRecordTooLargeForOneItemIsSplitAndReadBack() {
        String id = ArticleIds.forRawKey("raw/fault/huge.txt");
        // incompressible text: the gzipped record still needs several 300 KB parts
        var random = new java.util.Random(7);
        StringBuilder title = new StringBuilder();
        while (title.length() < 900_000) title.append((char) ('a' + random.nextInt(26)));
        ArticleRecord big = record(id, title.toString());
        assertTrue(articles.save(big, "05"));
        assertEquals(title.toString(), articles.get(id).orElseThrow().metadata().title());
    }

    static ArticleRecord record(String id, String title) {
        return record(id, title, null);
    }

    static ArticleRecord record(String id, String title, String etag) {
        Metadata meta = new Metadata(title, null, List.of(), "2024-05-27", null, "Test", null, "en", null, List.of(), null, null, null, "text");
        return new ArticleRecord(id, ArticleStatus.EXTRACTED, "raw/fault/order.txt", null, meta,
                new Provenance(BUCKET, "raw/fault/order.txt", null, etag, null, null, 0, null), 1, null, null, "2024-05-27T00:00:00Z");
    }
}
