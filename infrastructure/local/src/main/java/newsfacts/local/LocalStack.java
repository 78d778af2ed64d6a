package newsfacts.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import newsfacts.aws.Clients;
import newsfacts.aws.Config;
import newsfacts.aws.Log;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded local default: emulators, the bucket and table of template.yaml, the functions of
 * template.yaml invoked in-process on the S3 events S3 would send, and the query API. s3proxy sends
 * no notifications, so a watcher lists the bucket and sends each new, changed or removed object's
 * event to the functions whose prefix matches, as S3 would.
 */
public final class LocalStack implements AutoCloseable {
    public static final String BUCKET = "newsfacts-local";
    public static final String TABLE = "newsfacts-local-articles";
    /** Lambda retries a failed asynchronous invocation twice before its on-failure destination. */
    static final int ATTEMPTS = 3;

    private final Emulators emulators;
    private final TemplateModel template;
    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private final Path dataDir;
    private final Path failedEvents;
    private final Map<String, RequestHandler<S3Event, ?>> handlers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> seen = new HashMap<>();
    private final AtomicLong sequencer = new AtomicLong(System.currentTimeMillis() << 16);
    /** Lambda runs many invocations at once; so does the local stack, one per changed key. */
    private final java.util.concurrent.ExecutorService dispatcher = java.util.concurrent.Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "local-invoke");
                t.setDaemon(true);
                return t;
            });
    private volatile boolean running = true;
    private Thread watcher;
    private ApiServer api;

    private LocalStack(Emulators emulators, TemplateModel template, Path dataDir) {
        this.emulators = emulators;
        this.template = template;
        this.dataDir = dataDir;
        this.failedEvents = failedEventsFolder(dataDir);
        Config config = config();
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(Emulators.ACCESS_KEY, Emulators.SECRET_KEY));
        this.s3 = Clients.s3(config, credentials);
        this.dynamo = Clients.dynamo(config, credentials);
    }

    /** A data folder keeps its failed events; an in-memory stack gets a temporary folder of its own. */
    static Path failedEventsFolder(Path dataDir) {
        if (dataDir != null) return dataDir.resolve("failed-events");
        try {
            return Files.createTempDirectory("newsfacts-failed-events-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Starts emulators (port 0 picks a free one; {@code dataDir} null keeps everything in memory),
     * creates the bucket and the table, and points in-process handlers at them.
     */
    public static LocalStack start(Path templateFile, Path dataDir, int s3Port, int dynamoPort) throws Exception {
        TemplateModel template = TemplateModel.read(templateFile);
        Emulators emulators = Emulators.start(dataDir, s3Port, dynamoPort);
        // the handlers' own constructors read these, as they read the environment on Lambda
        System.setProperty("ARTICLES_BUCKET", BUCKET);
        System.setProperty("ARTICLES_TABLE", TABLE);
        System.setProperty("AWS_REGION", "us-east-1");
        System.setProperty("AWS_ENDPOINT_URL_S3", emulators.s3Endpoint().toString());
        System.setProperty("AWS_ENDPOINT_URL_DYNAMODB", emulators.dynamoEndpoint().toString());
        System.setProperty("aws.accessKeyId", Emulators.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", Emulators.SECRET_KEY);
        LocalStack stack = new LocalStack(emulators, template, dataDir);
        stack.createResources();
        return stack;
    }

    public Config config() {
        return new Config(BUCKET, TABLE, "us-east-1", emulators.s3Endpoint(), emulators.dynamoEndpoint());
    }

    public S3Client s3() { return s3; }

    public DynamoDbClient dynamo() { return dynamo; }

    public TemplateModel template() { return template; }

    private void createResources() {
        if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(BUCKET)))
            s3.createBucket(b -> b.bucket(BUCKET));
        try {
            dynamo.createTable(template.table(TABLE));
        } catch (ResourceInUseException alreadyThere) {
            // a data folder from an earlier run keeps its table
        }
    }

    /** Watches the bucket and delivers events until closed. Objects already there count as seen. */
    public void watch(long intervalMillis) {
        seen.putAll(listBucket());
        watcher = new Thread(() -> {
            while (running) {
                try {
                    pollOnce();
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    if (running) Log.event("local", "WATCH_ERROR", "error", e.toString());
                }
            }
        }, "bucket-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * One look at the bucket: sends the events for what changed since the last look, in parallel across
     * keys (each key once per look, so a key's events stay in order). Returns how many.
     */
    public synchronized int pollOnce() {
        Map<String, String> now = listBucket();
        Set<String> notYet = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<java.util.concurrent.Callable<Void>> deliveries = new java.util.ArrayList<>();
        for (var e : now.entrySet()) {
            if (!e.getValue().equals(seen.get(e.getKey()))) deliveries.add(() -> {
                if (!deliver(e.getKey(), true)) notYet.add(e.getKey());
                return null;
            });
        }
        for (String gone : new HashSet<>(seen.keySet())) {
            if (!now.containsKey(gone)) deliveries.add(() -> {
                deliver(gone, false);
                return null;
            });
        }
        try {
            for (var done : dispatcher.invokeAll(deliveries)) done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("event delivery failed", e.getCause());
        }
        seen.clear();
        seen.putAll(now);
        notYet.forEach(seen::remove); // listed but not yet readable: next look
        return deliveries.size();
    }

    /** Polls until the bucket stops changing (each clean writes a cleaned object, which fires extraction). */
    public void settle() {
        for (int i = 0; i < 100 && pollOnce() > 0; i++) {
            // keep going: the last round's writes are the next round's events
        }
    }

    private Map<String, String> listBucket() {
        Map<String, String> objects = new LinkedHashMap<>();
        // S3 sends an event for every PUT, identical bytes too: a re-put shows only in LastModified
        // (whole seconds, so two identical puts within one second between looks make one event)
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents())
            objects.put(o.key(), o.eTag() + " " + o.size() + " " + o.lastModified());
        return objects;
    }

    /** Sends one object's event; false when the object is listed but cannot be read yet. */
    private boolean deliver(String key, boolean created) {
        long size = 0;
        String etag = null;
        if (created) {
            try {
                var head = s3.headObject(b -> b.bucket(BUCKET).key(key));
                size = head.contentLength();
                etag = head.eTag();
            } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
                return false;
            }
        }
        String json = S3Notifications.json(BUCKET, key, size, etag, Long.toHexString(sequencer.incrementAndGet()).toUpperCase(), created);
        for (TemplateModel.Subscription sub : template.s3Subscriptions()) {
            if (sub.created() == created && key.startsWith(sub.prefix())) invoke(sub, json);
        }
        return true;
    }

    /**
     * Sends a saved event to the named template function again; false when it failed again (and was saved
     * again). Throws IllegalArgumentException, sending nothing, for an unknown function or a file that is no S3 event.
     */
    public boolean invokeFunction(String function, String eventJson) {
        TemplateModel.Subscription sub = template.s3Subscriptions().stream().filter(s -> s.function().equals(function)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("template.yaml has no S3-triggered function " + function));
        S3Event event;
        try {
            event = S3Notifications.read(eventJson);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an S3 event: " + e.getMessage(), e);
        }
        if (event == null || event.getRecords() == null || event.getRecords().isEmpty())
            throw new IllegalArgumentException("not an S3 event: no records");
        return invoke(sub, eventJson);
    }

    /** As Lambda invokes asynchronously: a failure is retried, then the event goes to the failed-events folder. */
    private boolean invoke(TemplateModel.Subscription sub, String eventJson) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                handler(sub.handler()).handleRequest(S3Notifications.read(eventJson), null);
                return true;
            } catch (RuntimeException e) {
                last = e;
            }
        }
        try {
            Files.createDirectories(failedEvents);
            Files.writeString(failedEvents.resolve(sub.function() + "-" + System.nanoTime() + ".json"), eventJson, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Log.event("local", "FAILED_EVENT", "function", sub.function(), "error", String.valueOf(last));
        return false;
    }

    /** Builds a template handler once, with its no-argument constructor, as the Lambda runtime does. */
    @SuppressWarnings("unchecked")
    <I, O> RequestHandler<I, O> handler(String handlerSpec) {
        return (RequestHandler<I, O>) handlers.computeIfAbsent(handlerSpec, spec -> {
            String className = spec.contains("::") ? spec.substring(0, spec.indexOf("::")) : spec;
            try {
                return (RequestHandler<S3Event, ?>) Class.forName(className).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build handler " + spec, e);
            }
        });
    }

    /** Serves the template's API routes on loopback. */
    public ApiServer serveApi(int port) throws java.io.IOException {
        List<TemplateModel.Route> routes = template.routes();
        String handler = routes.isEmpty() ? null : routes.get(0).handler();
        Set<String> paths = new HashSet<>();
        routes.forEach(r -> paths.add(r.path()));
        api = ApiServer.start(port, paths, handler(handler));
        return api;
    }

    public Path failedEventsFolder() { return failedEvents; }

    @Override
    public void close() throws Exception {
        running = false;
        // the events under way finish first: cut off, they would be recorded as failed events
        if (watcher != null) watcher.join(5_000);
        dispatcher.shutdown();
        if (!dispatcher.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) dispatcher.shutdownNow();
        if (watcher != null) watcher.interrupt();
        if (api != null) api.close();
        s3.close();
        dynamo.close();
        emulators.close();
        try {
            if (dataDir == null) Files.deleteIfExists(failedEvents); // kept while it holds failed events
        } catch (java.nio.file.DirectoryNotEmptyException kept) {
            // Up printed where they are
        }
    }
}
