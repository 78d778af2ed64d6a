package newsfacts.extract;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import newsfacts.aws.ArticleStore;
import newsfacts.aws.Background;
import newsfacts.aws.Clients;
import newsfacts.aws.Config;
import newsfacts.aws.Keys;
import newsfacts.aws.Limits;
import newsfacts.aws.ObjectEvent;
import newsfacts.aws.ObjectStore;
import newsfacts.core.extract.Extractor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The extraction function: every record of an S3 event under cleaned/. */
public final class ExtractHandler implements RequestHandler<S3Event, String>, RequestStreamHandler {
    private final ExtractStage stage;

    /**
     * Lambda's constructor: clients and models are loaded once per container (and held in the SnapStart
     * snapshot). Side by side: each SDK client and its first real read on its own thread, the models
     * here; then one extraction of the built-in article (which also reads and writes its JSON once).
     */
    public ExtractHandler() {
        Config config = Config.fromEnvironment();
        Background<ObjectStore> objects = Background.start("s3-init", () -> {
            ObjectStore store = new ObjectStore(Clients.s3(config), config.bucket());
            store.prime(Keys.CLEANED);
            return store;
        });
        Background<ArticleStore> articles = Background.start("dynamodb-init", () -> {
            ArticleStore store = new ArticleStore(Clients.dynamo(config), config.table());
            store.prime(); // saving a record starts with a GetItem of the current one
            return store;
        });
        Extractor extractor = Extractor.load();
        Priming.prime(extractor, 1);
        ObjectStore objectStore = objects.join();
        ArticleStore articleStore = articles.join();
        this.stage = new ExtractStage(objectStore, articleStore, extractor, Limits.fromEnvironment());
        Priming.register(extractor, objectStore, articleStore); // SnapStart: warm more before the snapshot
    }

    public ExtractHandler(ExtractStage stage) {
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
