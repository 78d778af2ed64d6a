package newsfacts.local;

import newsfacts.aws.ArticleStore;
import newsfacts.core.ArticleIds;
import newsfacts.core.model.ArticleStatus;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code newsfacts redrive}: saved events reach a record; the ones that cannot be sent stay, and the run goes on. */
class RedriveTest {
    @Test
    void undeliverableFilesStayAndADeliveredCleanEventEndsInARecord() throws Exception {
        LocalStack stack = TestStack.get();
        String key = "raw/redrive-test/article.txt";
        stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(TestStack.sampleArticle()));
        String event = S3Notifications.json(LocalStack.BUCKET, key, 2503, null, null, true);
        Path folder = Files.createDirectories(stack.failedEventsFolder());
        Path unknown = Files.writeString(folder.resolve("NoSuchFunction-3.json"), event);
        Path notJson = Files.writeString(folder.resolve("CleanFunction-1.json"), "not json");
        Path saved = Files.writeString(folder.resolve("CleanFunction-2.json"), event);

        Redrive.Summary summary = Redrive.redrive(stack);

        assertEquals(2, summary.kept(), summary.toString());
        assertTrue(Files.exists(unknown) && Files.exists(notJson), "what cannot be sent stays where it was");
        assertFalse(Files.exists(saved), "a delivered event's file is removed");
        assertEquals(1, summary.succeeded(), summary.toString());
        assertFalse(summary.allDelivered());
        // the cleaned object's event follows, as S3 would send it
        assertEquals(ArticleStatus.EXTRACTED, new ArticleStore(stack.dynamo(), LocalStack.TABLE)
                .get(ArticleIds.forRawKey(key)).orElseThrow().status());
        Files.delete(unknown);
        Files.delete(notJson);
    }

    @Test
    void eachInMemoryStackSavesFailedEventsInAFolderOfItsOwn() {
        Path stacks = TestStack.get().failedEventsFolder();
        assertTrue(Files.isDirectory(stacks), stacks.toString());
        assertNotEquals(stacks, LocalStack.failedEventsFolder(null));
        assertEquals(Path.of("data/failed-events"), LocalStack.failedEventsFolder(Path.of("data")));
    }
}
