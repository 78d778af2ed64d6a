package newsfacts.local;

import newsfacts.aws.ArticleStore;
import newsfacts.core.ArticleIds;
import newsfacts.core.model.ArticleRecord;
import newsfacts.core.model.ArticleStatus;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code newsfacts backfill}: objects that never had an event are processed, and a second run rewrites their records. */
class BackfillTest {
    @Test
    void objectsUnderThePrefixAreCleanedExtractedAndRewrittenOnTheNextRun() throws Exception {
        LocalStack stack = TestStack.get();
        String key = "raw/backfill-test/article.txt";
        stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(TestStack.sampleArticle()));
        ArticleStore store = new ArticleStore(stack.dynamo(), LocalStack.TABLE);
        String id = ArticleIds.forRawKey(key);

        // no watcher: nothing sent this object's event until the backfill
        new Backfill(stack.s3(), LocalStack.BUCKET, stack.template()).run("raw/backfill-test/");
        ArticleRecord first = store.get(id).orElseThrow();
        assertEquals(ArticleStatus.EXTRACTED, first.status());
        assertEquals("cleaned/" + id + ".json", first.cleanedKey());

        Thread.sleep(5); // updatedAt has millisecond precision
        new Backfill(stack.s3(), LocalStack.BUCKET, stack.template()).run("raw/backfill-test/");
        assertNotEquals(first.updatedAt(), store.get(id).orElseThrow().updatedAt(), "a backfill's events are newer than the stored ones");
    }

    @Test
    void aBackfillRedoesTheRecordOfAnUploadThatHadItsOwnEvent() throws Exception {
        LocalStack stack = TestStack.get();
        String key = "raw/backfill-redo/article.txt";
        stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(TestStack.sampleArticle()));
        stack.settle(); // S3's own event, with a sequencer
        ArticleStore store = new ArticleStore(stack.dynamo(), LocalStack.TABLE);
        String id = ArticleIds.forRawKey(key);
        String before = store.get(id).orElseThrow().updatedAt();

        Thread.sleep(5); // updatedAt has millisecond precision
        assertEquals(0, new Backfill(stack.s3(), LocalStack.BUCKET, stack.template()).run(key));
        assertNotEquals(before, store.get(id).orElseThrow().updatedAt(), "the same content is extracted again, in its place");
    }

    @Test
    void aLaterUploadOfABackfilledKeyReplacesItsRecord() throws Exception {
        LocalStack stack = TestStack.get();
        String key = "raw/backfill-later/article.txt";
        stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(TestStack.sampleArticle()));
        new Backfill(stack.s3(), LocalStack.BUCKET, stack.template()).run(key);
        ArticleStore store = new ArticleStore(stack.dynamo(), LocalStack.TABLE);
        String id = ArticleIds.forRawKey(key);
        assertEquals(ArticleStatus.EXTRACTED, store.get(id).orElseThrow().status());

        String update = "Harbour board approves new ferry timetable\n\n"
                + "PORTVALE, March 3 (Wirefeed) - The harbour board of Portvale approved a new ferry timetable on Tuesday, "
                + "its chair Miriam Okonkwo said, adding that the first crossings would start in April.\n";
        stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromString(update));
        stack.settle(); // the stack's own events, as S3 sends them: with sequencers
        ArticleRecord now = store.get(id).orElseThrow();
        assertEquals("Harbour board approves new ferry timetable", now.metadata().title(),
                "a backfill must not outrank the events of later uploads");
    }

    @Test
    void anObjectListedWithoutETagIsSentAndTheRunGoesOn() throws Exception {
        LocalStack stack = TestStack.get();
        String handPut = "raw/backfill-no-etag/by-hand.txt", next = "raw/backfill-no-etag/next.txt";
        for (String key : List.of(handPut, next))
            stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(TestStack.sampleArticle()));
        // as s3proxy lists a file put into its data folder by hand: no ETag
        List<S3Object> listed = List.of(S3Object.builder().key(handPut).size(2503L).build(),
                stack.s3().listObjectsV2(b -> b.bucket(LocalStack.BUCKET).prefix(next)).contents().get(0));

        var summary = new Backfill(stack.s3(), LocalStack.BUCKET, stack.template()).pass(listed, new HashSet<>());

        assertEquals(new Backfill.Summary(2, 0, 0), summary);
        String cleaned = "cleaned/" + ArticleIds.forRawKey(handPut) + ".json"; // extraction follows in the next wave
        assertTrue(new newsfacts.aws.ObjectStore(stack.s3(), LocalStack.BUCKET).size(cleaned).isPresent(), cleaned);
    }
}
