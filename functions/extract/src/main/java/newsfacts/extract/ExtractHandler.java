package newsfacts.extract;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import newsfacts.aws.ArticleStore;
import newsfacts.aws.Clients;
import newsfacts.aws.Config;
import newsfacts.aws.Limits;
import newsfacts.aws.ObjectEvent;
import newsfacts.aws.ObjectStore;
import newsfacts.core.extract.Extractor;

/** The extraction function: every record of an S3 event under cleaned/. */
public final class ExtractHandler implements RequestHandler<S3Event, String> {
    private final ExtractStage stage;

    /** Lambda's constructor: clients and models are loaded once per container (and held in the SnapStart snapshot). */
    public ExtractHandler() {
        Config config = Config.fromEnvironment();
        Extractor extractor = Extractor.load();
        this.stage = new ExtractStage(new ObjectStore(Clients.s3(config), config.bucket()),
                new ArticleStore(Clients.dynamo(config), config.table()), extractor, Limits.fromEnvironment());
        Priming.register(extractor); // SnapStart: warm the extraction code before the snapshot
    }

    public ExtractHandler(ExtractStage stage) {
        this.stage = stage;
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        return ObjectEvent.processAll(event, context == null ? null : context.getAwsRequestId(), stage::process);
    }
}
