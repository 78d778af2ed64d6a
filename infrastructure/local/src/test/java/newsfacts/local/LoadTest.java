package newsfacts.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small version of {@code newsfacts load}: concurrent uploads, every one listed exactly once. */
class LoadTest {
    static ApiServer api;

    @BeforeAll
    static void start() throws Exception {
        api = TestStack.get().serveApi(0);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void concurrentUploadsAreAllListedOnce() throws Exception {
        LocalStack stack = TestStack.get();
        stack.pollOnce();
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                stack.pollOnce();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        try {
            LoadRun.Result r = LoadRun.run(stack, api, TestStack.sampleArticle(), 60, 6, Duration.ofMinutes(2));
            assertEquals(r.expected(), r.listed(), "listed");
            assertEquals(r.expected(), r.distinct(), "no duplicates");
            assertTrue(r.exact());
        } finally {
            watcher.interrupt();
            watcher.join();
        }
    }
}
