package newsfacts.extract;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import newsfacts.aws.ArticleStore;
import newsfacts.aws.Background;
import newsfacts.aws.Clients;
import newsfacts.aws.Config;
import newsfacts.aws.Keys;
import newsfacts.aws.Limits;
import newsfacts.aws.ObjectStore;
import newsfacts.core.Json;
import newsfacts.core.extract.Extractor;
import newsfacts.core.model.ArticleRecord;
import newsfacts.core.model.ArticleStatus;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.Facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * {@link ExtractHandler}'s constructor step by step, each step's wall and thread-CPU milliseconds
 * printed as {@code probe} lines, then the first event (with {@code -Dprobe.steps}, its steps one by
 * one first) and the CPU of each live thread; ColdStart echoes them with {@code -Dcoldstart.echo}.
 * Where a cold start's time goes. Lives in the handler's package to reach {@link Priming}; never in a function zip.
 */
public final class ExtractProbe implements RequestStreamHandler {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final ExtractHandler handler;
    private final ObjectStore objects;
    private final ArticleStore articles;
    private final Extractor extractor;

    public ExtractProbe() {
        Config config = Config.fromEnvironment();
        Background<ObjectStore> objects = Background.start("s3-init", () -> timed("s3-init", () -> {
            ObjectStore store = timed("s3-client", () -> new ObjectStore(Clients.s3(config), config.bucket()));
            timed("s3-prime", () -> { store.prime(Keys.CLEANED); return null; });
            return store;
        }));
        Background<ArticleStore> articles = Background.start("dynamodb-init", () -> timed("dynamodb-init", () -> {
            ArticleStore store = timed("dynamodb-client", () -> new ArticleStore(Clients.dynamo(config), config.table()));
            timed("dynamodb-prime", () -> { store.prime(); return null; });
            return store;
        }));
        Extractor extractor = timed("Extractor.load", Extractor::load);
        timed("Priming.prime", () -> { Priming.prime(extractor, 1); return null; });
        ObjectStore objectStore = timed("join s3", objects::join);
        ArticleStore articleStore = timed("join dynamodb", articles::join);
        handler = new ExtractHandler(new ExtractStage(objectStore, articleStore, extractor, Limits.fromEnvironment()));
        this.objects = objectStore;
        this.articles = articleStore;
        this.extractor = extractor;
        Priming.register(extractor, objectStore, articleStore);
    }

    @Override
    public void handleRequest(InputStream event, OutputStream answer, Context context) throws IOException {
        if (System.getProperty("probe.steps") != null) {
            // the event's steps one by one, as ExtractStage takes them (the whole event after them is then warm)
            // the object events/s3-put-cleaned.json names
            byte[] json = timed("event: S3 get", () -> objects.get("cleaned/f054d4b223ac3d9f7421.json").orElseThrow().bytes());
            CleanedDocument doc = timed("event: Json.read", () -> Json.read(json, CleanedDocument.class));
            Facts facts = timed("event: extract", () -> extractor.extract(doc));
            ArticleRecord record = new ArticleRecord(doc.articleId(), ArticleStatus.EXTRACTED, doc.provenance().key(), "cleaned/x.json",
                    doc.metadata(), doc.provenance(), doc.wordCount(), facts, null, Instant.now().toString());
            timed("event: save", () -> articles.save(record, doc.provenance().sequencer()));
        }
        timed("first event", () -> { handler.handleRequest(event, answer, context); return null; });
        for (long id : THREADS.getAllThreadIds()) {
            var info = THREADS.getThreadInfo(id);
            long cpu = THREADS.getThreadCpuTime(id) / 1_000_000;
            if (info != null && cpu > 5) System.out.printf("probe thread %-30s cpu %5d%n", info.getThreadName(), cpu);
        }
    }

    private static <T> T timed(String step, Callable<T> work) {
        long wall = System.nanoTime(), cpu = THREADS.getCurrentThreadCpuTime();
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            System.out.printf("probe %-16s %-14s wall %5d  cpu %5d%n", step, Thread.currentThread().getName(),
                    (System.nanoTime() - wall) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
    }
}
