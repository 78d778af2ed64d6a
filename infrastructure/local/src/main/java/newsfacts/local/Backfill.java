package newsfacts.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import newsfacts.aws.Clients;
import newsfacts.aws.Config;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code newsfacts backfill PREFIX}: sends the s3:ObjectCreated event of every object under PREFIX
 * to the functions the template subscribes to it, as the backfill state machine does on AWS. Either
 * starts the embedded stack on its data folder (the one {@code up} uses; stop {@code up} first), or talks
 * to running emulators ({@code up}, or LocalStack with the bucket and table of its init hook) through
 * {@code --s3-endpoint} and {@code --dynamodb-endpoint}.
 */
final class Backfill {
    private static final String USAGE = """
            usage: newsfacts backfill PREFIX [--data DIR | --memory] [--s3-endpoint URL --dynamodb-endpoint URL]
              re-sends the S3 events of every object under PREFIX (e.g. raw/ or raw/2024/) through the functions
            """;

    private final S3Client s3;
    private final String bucket;
    private final List<TemplateModel.Subscription> subscriptions;
    private final Map<String, RequestHandler<S3Event, ?>> handlers = new HashMap<>();

    Backfill(S3Client s3, String bucket, TemplateModel template) {
        this.s3 = s3;
        this.bucket = bucket;
        this.subscriptions = template.s3Subscriptions();
    }

    /** One pass's counts. */
    record Summary(int done, int failed, int skipped) {
        int total() { return done + failed + skipped; }
    }

    /** Returns the exit status: 1 when an event failed. */
    static int run(String[] args) throws Exception {
        String prefix = null;
        Path data = Path.of(".local-data");
        URI s3Endpoint = null, dynamoEndpoint = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--memory" -> data = null;
                case "--s3-endpoint" -> s3Endpoint = URI.create(args[++i]);
                case "--dynamodb-endpoint" -> dynamoEndpoint = URI.create(args[++i]);
                default -> {
                    if (args[i].startsWith("--") || prefix != null) usage();
                    prefix = args[i];
                }
            }
        }
        if (prefix == null) usage();
        // a default would write one stack's records into whichever DynamoDB answers there
        if ((s3Endpoint == null) != (dynamoEndpoint == null))
            throw new IllegalArgumentException("--s3-endpoint and --dynamodb-endpoint go together");
        TemplateModel template = TemplateModel.read(Path.of("template.yaml"));
        if (s3Endpoint == null) {
            try (LocalStack stack = LocalStack.start(Path.of("template.yaml"), data, 0, 0)) {
                return new Backfill(stack.s3(), LocalStack.BUCKET, template).run(prefix) == 0 ? 0 : 1;
            }
        } else {
            // the in-process handlers read these, as they read the environment on Lambda (see LocalStack.start);
            // the names of a stack of one's own (LocalStack's init hook) come from the environment
            String bucket = System.getenv().getOrDefault("ARTICLES_BUCKET", LocalStack.BUCKET);
            Map<String, String> props = Map.of("ARTICLES_BUCKET", bucket,
                    "ARTICLES_TABLE", System.getenv().getOrDefault("ARTICLES_TABLE", LocalStack.TABLE),
                    "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL_S3", s3Endpoint.toString(),
                    "AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint.toString(),
                    "aws.accessKeyId", Emulators.ACCESS_KEY, "aws.secretAccessKey", Emulators.SECRET_KEY);
            props.forEach(System::setProperty);
            var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(Emulators.ACCESS_KEY, Emulators.SECRET_KEY));
            try (S3Client s3 = Clients.s3(Config.fromEnvironment(), credentials)) {
                return new Backfill(s3, bucket, template).run(prefix) == 0 ? 0 : 1;
            }
        }
    }

    /**
     * The prefix's events, then the events of what the functions wrote meanwhile (cleaned/ objects →
     * extraction), as S3 would send them. A running stack's watcher may deliver those too: harmless,
     * records are idempotent. Returns how many events failed.
     */
    int run(String prefix) {
        Instant started = Instant.now();
        Set<String> sent = new HashSet<>();
        Summary first = pass(list(prefix, null), sent);
        report(prefix, first);
        return first.failed() + followOn(started, sent);
    }

    /**
     * The events of objects written since {@code started} and not yet in {@code sent}, in waves until the
     * functions write nothing new (a cleaned object fires extraction). Returns how many failed.
     */
    int followOn(Instant started, Set<String> sent) {
        int failed = 0;
        for (int wave = 0; wave < 5; wave++) {
            List<S3Object> written = list("", started).stream().filter(o -> !sent.contains(o.key())).toList();
            if (written.isEmpty()) break;
            Summary next = pass(written, sent);
            report("follow-on events", next);
            failed += next.failed();
        }
        return failed;
    }

    private static void usage() {
        System.err.print(USAGE);
        System.exit(2);
    }

    private static void report(String what, Summary s) {
        System.out.printf("%s: %d objects, done %d, failed %d, skipped %d%n", what.isEmpty() ? "whole bucket" : what, s.total(), s.done(), s.failed(), s.skipped());
    }

    /** Objects under the prefix, optionally only those written since a moment (S3 keeps whole seconds). */
    List<S3Object> list(String prefix, Instant since) {
        List<S3Object> out = new ArrayList<>();
        Instant cutoff = since == null ? null : since.minusSeconds(1);
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents())
            if (cutoff == null || !o.lastModified().isBefore(cutoff)) out.add(o);
        return out;
    }

    /**
     * Delivers each object's created event to every function subscribed to its prefix; as Lambda does for
     * an asynchronous event, a failure is retried twice. Skipped: objects no function subscribes to.
     */
    Summary pass(List<S3Object> objects, Set<String> sent) {
        int done = 0, failed = 0, skipped = 0;
        List<String> failures = new ArrayList<>();
        for (S3Object o : objects) {
            sent.add(o.key());
            List<TemplateModel.Subscription> subs = subscriptions.stream()
                    .filter(s -> s.created() && o.key().startsWith(s.prefix()) && !o.key().endsWith("/")).toList();
            if (subs.isEmpty()) {
                skipped++;
            } else {
                String error = null;
                try { // one object's trouble is its own: the run goes on
                    // no sequencer, as from the template's state machine: only S3 issues those, and an invented one
                    // would outrank the real events of later uploads of the same key (they would all be refused as stale)
                    String event = S3Notifications.json(bucket, o.key(), o.size(), o.eTag(), null, true);
                    for (TemplateModel.Subscription sub : subs) {
                        String e = invoke(sub.handler(), event);
                        if (e != null) error = sub.function() + ": " + e;
                    }
                } catch (RuntimeException e) {
                    error = String.valueOf(e);
                }
                if (error == null) done++;
                else {
                    failed++;
                    failures.add(o.key() + " (" + error + ")");
                }
            }
            progress(done + failed + skipped, objects.size(), done, failed, skipped);
        }
        if (!objects.isEmpty()) System.err.println();
        failures.forEach(f -> System.err.println("failed: " + f));
        return new Summary(done, failed, skipped);
    }

    /** Null when the handler returned; else the last error after three attempts. */
    private String invoke(String handlerSpec, String eventJson) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= LocalStack.ATTEMPTS; attempt++) {
            try {
                handler(handlerSpec).handleRequest(S3Notifications.read(eventJson), null);
                return null;
            } catch (RuntimeException e) {
                last = e;
            }
        }
        return String.valueOf(last);
    }

    /** Each template handler once, built with its no-argument constructor, as the Lambda runtime does. */
    @SuppressWarnings("unchecked")
    private RequestHandler<S3Event, ?> handler(String spec) {
        return handlers.computeIfAbsent(spec, s -> {
            String className = s.contains("::") ? s.substring(0, s.indexOf("::")) : s;
            try {
                return (RequestHandler<S3Event, ?>) Class.forName(className).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build handler " + s, e);
            }
        });
    }

    private static void progress(int at, int total, int done, int failed, int skipped) {
        int width = 30, filled = total == 0 ? width : at * width / total;
        System.err.printf("\r[%s%s] %d/%d  done %d  failed %d  skipped %d", "#".repeat(filled), " ".repeat(width - filled),
                at, total, done, failed, skipped);
    }
}
