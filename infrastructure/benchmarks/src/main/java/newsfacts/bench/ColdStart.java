package newsfacts.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import newsfacts.local.LocalStack;
import software.amazon.awssdk.core.sync.RequestBody;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Cold start, from the outside: wall time from launching a fresh JVM to the end of its first event,
 * median of N launches, for a hello-world handler (the floor) and for each of our handlers building
 * its clients and models with its no-argument constructor, as Lambda does, then processing one event
 * file of events/ against the embedded emulators (started once, in this JVM). Also the local CLI's
 * {@code extract} (clean + extract, no AWS). All children share one classpath: the local tool's jar
 * (the functions and their libraries) plus this module's classes, without the benchmark peers.
 * Run from the repository root after {@code mvn package}: {@code infrastructure/benchmarks/coldstart.sh [N]}.
 */
public final class ColdStart {
    /** Run from the repository root: the local tool's jar brings lib/ through its manifest. */
    static final String CHILD_CLASSPATH = String.join(java.io.File.pathSeparator,
            "infrastructure/benchmarks/target/classes", "infrastructure/local/target/newsfacts.jar");

    private static final String TIMING = "coldstart-timing";

    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("hello RequestHandler (floor)", List.of(Invoke.class.getName(), Hello.class.getName(), "events/s3-put-raw.json"));
        commands.put("CleanHandler, s3-put-raw.json", List.of(Invoke.class.getName(), "newsfacts.clean.CleanHandler", "events/s3-put-raw.json"));
        commands.put("ExtractHandler, s3-put-cleaned.json", List.of(Invoke.class.getName(), "newsfacts.extract.ExtractHandler", "events/s3-put-cleaned.json"));
        commands.put("QueryHandler, api-get-article.json", List.of(Invoke.class.getName(), "newsfacts.query.QueryHandler", "events/api-get-article.json"));
        commands.put("newsfacts extract menafn-nato.txt", List.of("newsfacts.local.Main", "extract", "events/articles/menafn-nato.txt"));

        try (LocalStack stack = LocalStack.start(Path.of("template.yaml"), null, 0, 0)) {
            // the object the event files name; the clean runs rewrite cleaned/, which the extract runs read
            stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key("raw/2024/05/menafn-nato.txt"),
                    RequestBody.fromFile(Path.of("events/articles/menafn-nato.txt")));
            List<String> props = new ArrayList<>();
            for (String name : List.of("ARTICLES_BUCKET", "ARTICLES_TABLE", "AWS_REGION", "AWS_ENDPOINT_URL_S3",
                    "AWS_ENDPOINT_URL_DYNAMODB", "aws.accessKeyId", "aws.secretAccessKey"))
                props.add("-D" + name + "=" + System.getProperty(name));

            Map<String, List<long[]>> runsOf = new LinkedHashMap<>();
            for (var c : commands.entrySet()) {
                List<long[]> runsHere = new ArrayList<>();
                for (int i = 0; i < runs; i++) runsHere.add(launch(props, c.getValue()));
                runsOf.put(c.getKey(), runsHere);
                System.out.printf("%-40s wall ms %s%n", c.getKey(), runsHere.stream().map(r -> r[0]).sorted().toList());
            }
            double floor = median(runsOf.values().iterator().next(), 0);
            System.out.printf("%nmedians of %d fresh JVMs (ms)             wall  x floor   JVM→main  constructor  read+handle%n", runs);
            runsOf.forEach((name, r) -> System.out.printf("%-40s %6d  %6.1f   %8s  %11s  %11s%n", name, median(r, 0), median(r, 0) / floor,
                    split(median(r, 1)), split(median(r, 2)), split(median(r, 3))));
        }
        System.out.println();
        try (Stream<Path> dirs = Files.list(Path.of("functions"))) {
            for (Path dir : dirs.sorted().toList()) {
                Path zip = dir.resolve("target").resolve(dir.getFileName() + "-function.zip");
                if (Files.exists(zip)) System.out.printf("%-48s %6.1f MB%n", zip, Files.size(zip) / 1e6);
            }
        }
        System.exit(0); // the emulators leave non-daemon threads behind
    }

    /** One fresh JVM to completion: milliseconds from launch to exit, then the child's own split if it printed one. */
    private static long[] launch(List<String> props, List<String> mainAndArgs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", CHILD_CLASSPATH));
        cmd.addAll(props);
        cmd.addAll(mainAndArgs);
        long started = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes());
        int rc = p.waitFor();
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (rc != 0) throw new IllegalStateException("exit " + rc + ": " + String.join(" ", cmd));
        long[] times = {ms, -1, -1, -1};
        for (String line : out.split("\n")) {
            if (!line.startsWith(TIMING)) continue;
            String[] f = line.trim().split(" ");
            for (int i = 1; i <= 3; i++) times[i] = Long.parseLong(f[i]);
        }
        return times;
    }

    private static String split(long ms) {
        return ms < 0 ? "-" : Long.toString(ms);
    }

    private static long median(List<long[]> runs, int column) {
        List<Long> values = new ArrayList<>();
        runs.forEach(r -> values.add(r[column]));
        values.sort(null);
        return values.get(values.size() / 2);
    }

    /** The floor: a handler that does nothing with its event. */
    public static final class Hello implements RequestHandler<S3Event, String> {
        @Override
        public String handleRequest(S3Event event, Context context) {
            return "hello " + event.getRecords().size();
        }
    }

    /**
     * {@code Invoke HANDLER_CLASS EVENT_FILE}: what the Lambda runtime does for a first event: build
     * the handler with its no-argument constructor, read the event as the runtime reads it, call it once.
     */
    public static final class Invoke {
        public static void main(String[] args) throws Exception {
            long entered = System.currentTimeMillis();
            Object handler = Class.forName(args[0]).getDeclaredConstructor().newInstance();
            long built = System.currentTimeMillis();
            Method handle = null;
            for (Method m : handler.getClass().getMethods())
                if (m.getName().equals("handleRequest") && !m.isBridge() && m.getParameterCount() == 2) handle = m;
            Class<?> type = handle.getParameterTypes()[0];
            Object event = LambdaEventSerializers.serializerFor(type, Invoke.class.getClassLoader())
                    .fromJson(new ByteArrayInputStream(Files.readAllBytes(Path.of(args[1]))));
            Object result = handle.invoke(handler, event, null);
            long handled = System.currentTimeMillis();
            // read after the measured phases: looking up the JVM's start time costs time itself
            long jvmStart = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(entered);
            System.out.println(result);
            System.out.printf("%s %d %d %d%n", TIMING, entered - jvmStart, built - entered, handled - built);
        }
    }
}
