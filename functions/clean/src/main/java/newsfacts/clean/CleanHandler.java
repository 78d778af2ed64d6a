package newsfacts.clean;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import newsfacts.aws.ArticleStore;
import newsfacts.aws.Background;
import newsfacts.aws.Clients;
import newsfacts.aws.Config;
import newsfacts.aws.Lazy;
import newsfacts.aws.Limits;
import newsfacts.aws.ObjectEvent;
import newsfacts.aws.ObjectStore;
import newsfacts.core.clean.Cleaner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The cleaning function: every record of an S3 event under raw/. */
public final class CleanHandler implements RequestHandler<S3Event, String>, RequestStreamHandler {
    private final CleanStage stage;

    /**
     * Lambda's constructor: clients are built once per container, here, not per event; the S3 client
     * on its own thread, and meanwhile one cleaning of a built-in text on the otherwise idle main
     * thread (the cleaner's first pass, ~200 ms of the first event's wall time otherwise). The DynamoDB
     * client waits for the first event that needs it: a cleaned upload never does (extraction records
     * it), only a failed or deleted one. The SDK calls are not primed here: the first event's own calls
     * cost less than priming them beside it did (infrastructure/benchmarks/README.md); SnapStart primes
     * them, and builds the DynamoDB client.
     */
    public CleanHandler() {
        Config config = Config.fromEnvironment();
        Background<ObjectStore> objects = Background.start("s3-init", () -> new ObjectStore(Clients.s3(config), config.bucket()));
        Lazy<ArticleStore> articles = Lazy.of(() -> new ArticleStore(Clients.dynamo(config), config.table()));
        Cleaner cleaner = new Cleaner();
        Priming.warmUp(cleaner); // while the clients build
        ObjectStore objectStore = objects.join();
        this.stage = new CleanStage(objectStore, articles, cleaner, Limits.fromEnvironment());
        Priming.register(cleaner, objectStore, articles); // SnapStart: warm code and SDK before the snapshot
    }

    public CleanHandler(CleanStage stage) {
        this.stage = stage;
    }

    /** Lambda's entry point (its runtime prefers the longest {@code handleRequest}); in-process callers use the typed one. */
    @Override
    public void handleRequest(InputStream event, OutputStream answer, Context context) throws IOException {
        ObjectEvent.processAll(event, answer, context, stage::process);
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        return ObjectEvent.processAll(event, context == null ? null : context.getAwsRequestId(), stage::process);
    }
}
