package newsfacts.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import newsfacts.local.LocalStack;
import newsfacts.local.TemplateModel;
import software.amazon.awssdk.core.sync.RequestBody;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Cold start, from the outside: wall time from launching a fresh JVM to the end of its first event,
 * median of N launches, for a hello-world handler (the floor) and for each of our handlers building
 * its clients and models with its no-argument constructor, as Lambda does, then processing one event
 * file of events/ against the embedded emulators (started once, in this JVM). Also the local CLI's
 * {@code extract} (clean + extract, no AWS).
 *
 * <p>Each handler runs as Lambda runs it: on its function zip's classpath (unpacked: the root, then
 * {@code lib/*.jar} if the zip has any) plus the runtime's event reader, with the {@code JAVA_TOOL_OPTIONS} the template sets
 * for that function and its {@code MemorySize} as the JVM's RAM ({@code -XX:MaxRAM}: a Lambda JVM sizes its heap by
 * the function's memory, and a small first heap means collections during the cold start). The floor runs the plain way: no flags, only the Lambda interfaces and event
 * classes (with the joda-time they need). Launches are interleaved (one of each command per round), so load from other processes
 * falls on every command alike. Run from the repository root after {@code mvn package}:
 * {@code infrastructure/benchmarks/coldstart.sh [N [OTHER_CHECKOUT]]}.
 */
public final class ColdStart {
    /** The local tool's jar brings lib/ through its manifest. */
    static final String LOCAL_CLASSPATH = String.join(File.pathSeparator,
            "infrastructure/benchmarks/target/classes", "infrastructure/local/target/newsfacts.jar");
    static final Path LIB = Path.of("infrastructure/benchmarks/target/lib");
    static final Path UNPACKED = Path.of("infrastructure/benchmarks/target/coldstart");

    private static final String TIMING = "coldstart-timing";

    /**
     * One thing to launch: a classpath, the JAVA_TOOL_OPTIONS Lambda would give it (null: none), the
     * memory its function has (0: none; a Lambda JVM sizes its heap and metaspace by it, not by this
     * machine's RAM), a main and its arguments.
     */
    record Launch(String classpath, String toolOptions, int memoryMb, List<String> mainAndArgs) {}

    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        TemplateModel template = TemplateModel.read(Path.of("template.yaml"));
        // the runtime's event reader and this module's Invoke: what Lambda's runtime adds to a function's classpath
        String runtime = String.join(File.pathSeparator, "infrastructure/benchmarks/target/classes",
                jar("aws-lambda-java-serialization"));
        Map<String, Launch> commands = new LinkedHashMap<>();
        commands.put("hello RequestHandler (floor)", new Launch(String.join(File.pathSeparator, runtime,
                jar("aws-lambda-java-core"), jar("aws-lambda-java-events"), jar("joda-time")), null, 0,
                List.of(Invoke.class.getName(), Hello.class.getName(), "events/s3-put-raw.json")));
        // -Dcoldstart.before=DIR: the same handlers from another checkout (built there), in the same rounds
        String before = System.getProperty("coldstart.before");
        for (String[] fn : new String[][] {{"clean", "newsfacts.clean.CleanHandler", "s3-put-raw.json"},
                {"extract", "newsfacts.extract.ExtractHandler", "s3-put-cleaned.json"},
                {"query", "newsfacts.query.QueryHandler", "api-get-article.json"}}) {
            String name = fn[1].substring(fn[1].lastIndexOf('.') + 1) + ", " + fn[2];
            List<String> invoke = List.of(Invoke.class.getName(), fn[1], "events/" + fn[2]);
            if (before != null) {
                Path root = Path.of(before);
                TemplateModel old = TemplateModel.read(root.resolve("template.yaml"));
                commands.put(name + " (before)", new Launch(runtime + File.pathSeparator
                        + unpack(root, fn[0], fn[0] + "-before"), old.environment(fn[1], "JAVA_TOOL_OPTIONS"),
                        old.memorySize(fn[1]), invoke));
            }
            commands.put(name, new Launch(runtime + File.pathSeparator + unpack(Path.of(""), fn[0], fn[0]),
                    template.environment(fn[1], "JAVA_TOOL_OPTIONS"), template.memorySize(fn[1]), invoke));
            // -Dcoldstart.probe: also the extract handler's constructor step by step (newsfacts.extract.ExtractProbe)
            if (fn[0].equals("extract") && System.getProperty("coldstart.probe") != null) {
                Launch handler = commands.get(name);
                commands.put("ExtractProbe, " + fn[2], new Launch(handler.classpath(), handler.toolOptions(), handler.memoryMb(),
                        List.of(Invoke.class.getName(), "newsfacts.extract.ExtractProbe", "events/" + fn[2])));
            }
        }
        // -Dcoldstart.only=TEXT: only the commands whose name contains TEXT (and the floor)
        String only = System.getProperty("coldstart.only");
        Launch clean = commands.get("CleanHandler, s3-put-raw.json");
        if (only != null) commands.keySet().removeIf(n -> !n.contains(only) && !n.startsWith("hello"));
        commands.put("newsfacts extract menafn-nato.txt", new Launch(LOCAL_CLASSPATH, null, 0,
                List.of("newsfacts.local.Main", "extract", "events/articles/menafn-nato.txt")));

        try (LocalStack stack = LocalStack.start(Path.of("template.yaml"), null, 0, 0)) {
            // the object the event files name; the clean runs rewrite cleaned/, which the extract runs read
            stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key("raw/2024/05/menafn-nato.txt"),
                    RequestBody.fromFile(Path.of("events/articles/menafn-nato.txt")));
            List<String> props = new ArrayList<>();
            for (String name : List.of("ARTICLES_BUCKET", "ARTICLES_TABLE", "AWS_REGION", "AWS_ENDPOINT_URL_S3",
                    "AWS_ENDPOINT_URL_DYNAMODB", "aws.accessKeyId", "aws.secretAccessKey"))
                props.add("-D" + name + "=" + System.getProperty(name));

            // the extract event reads the object the clean handler writes: without a clean run, it would skip
            if (!commands.containsValue(clean)) launch(props, clean);
            Map<String, List<long[]>> runsOf = new LinkedHashMap<>();
            commands.keySet().forEach(name -> runsOf.put(name, new ArrayList<>()));
            for (int i = 0; i < runs; i++)
                for (var c : commands.entrySet()) runsOf.get(c.getKey()).add(launch(props, c.getValue()));
            commands.forEach((name, c) -> System.out.printf("%-48s %s%n", name,
                    c.toolOptions() == null ? "" : "JAVA_TOOL_OPTIONS=" + c.toolOptions()));
            System.out.println();
            runsOf.forEach((name, r) -> System.out.printf("%-48s wall ms %s%n", name, r.stream().map(t -> t[0]).sorted().toList()));
            double floor = median(runsOf.values().iterator().next(), 0);
            System.out.printf("%nmedians of %d fresh JVMs (ms)                     wall  x floor   JVM→main  constructor  read+handle   CPU%n", runs);
            runsOf.forEach((name, r) -> System.out.printf("%-48s %6d  %6.1f   %8s  %11s  %11s  %5s%n", name, median(r, 0), median(r, 0) / floor,
                    split(median(r, 1)), split(median(r, 2)), split(median(r, 3)), split(median(r, 4))));
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

    /** The one jar in the benchmark's lib/ whose name starts with {@code artifact-} and a version digit. */
    private static String jar(String artifact) throws IOException {
        try (Stream<Path> jars = Files.list(LIB)) {
            return jars.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(artifact) + "-\\d.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no " + artifact + " jar in " + LIB)).toString();
        }
    }

    /** Unpacks ROOT/functions/NAME/target/NAME-function.zip afresh into FOLDER; returns its classpath as Lambda builds it: the root, then lib/*.jar. */
    private static String unpack(Path root, String name, String folder) throws IOException {
        Path zip = root.resolve(Path.of("functions", name, "target", name + "-function.zip"));
        Path dir = UNPACKED.resolve(folder);
        if (Files.exists(dir)) try (Stream<Path> old = Files.walk(dir)) {
            for (Path p : old.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        List<String> classpath = new ArrayList<>(List.of(dir.toString()));
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                Path to = dir.resolve(e.getName()).normalize();
                if (!to.startsWith(dir)) throw new IOException("entry outside the folder: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                    continue;
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, to);
                }
                if (e.getName().startsWith("lib/") && e.getName().endsWith(".jar")) classpath.add(to.toString());
            }
        }
        return String.join(File.pathSeparator, classpath);
    }

    /** One fresh JVM to completion: milliseconds from launch to exit, then the child's own split and CPU time if it printed them. */
    private static long[] launch(List<String> props, Launch launch) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", launch.classpath()));
        if (launch.memoryMb() > 0) cmd.add("-XX:MaxRAM=" + launch.memoryMb() + "m");
        // -Dcoldstart.jvmArgs="...": extra flags for our children (not the floor), e.g. -Xlog:class+load:file=/tmp/c%p.log
        String extra = System.getProperty("coldstart.jvmArgs");
        if (extra != null && launch.toolOptions() != null) cmd.addAll(List.of(extra.trim().split("\\s+")));
        cmd.addAll(props);
        cmd.addAll(launch.mainAndArgs());
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        if (launch.toolOptions() != null) builder.environment().put("JAVA_TOOL_OPTIONS", launch.toolOptions());
        long started = System.nanoTime();
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes());
        int rc = p.waitFor();
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (rc != 0) throw new IllegalStateException("exit " + rc + ": " + String.join(" ", cmd));
        long[] times = {ms, -1, -1, -1, -1};
        for (String line : out.split("\n")) {
            // -Dcoldstart.echo: the child's own measurements (ExtractProbe's "probe" lines, -XX:+CITime's output)
            if (System.getProperty("coldstart.echo") != null && !line.startsWith(TIMING)) System.out.println("  | " + line);
            if (!line.startsWith(TIMING)) continue;
            String[] f = line.trim().split(" ");
            for (int i = 1; i <= 4; i++) times[i] = Long.parseLong(f[i]);
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
     * A {@code RequestStreamHandler} gets the event's bytes, as the runtime gives them to it.
     */
    public static final class Invoke {
        public static void main(String[] args) throws Exception {
            long entered = System.currentTimeMillis();
            Object handler = Class.forName(args[0]).getDeclaredConstructor().newInstance();
            long built = System.currentTimeMillis();
            byte[] json = Files.readAllBytes(Path.of(args[1]));
            Object result;
            if (handler instanceof RequestStreamHandler streaming) {
                // the runtime prefers this overload: the event's bytes in, the answer's bytes out
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                streaming.handleRequest(new ByteArrayInputStream(json), out, null);
                result = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            } else {
                Method handle = null;
                for (Method m : handler.getClass().getMethods())
                    if (m.getName().equals("handleRequest") && !m.isBridge() && m.getParameterCount() == 2) handle = m;
                Class<?> type = handle.getParameterTypes()[0];
                Object event = LambdaEventSerializers.serializerFor(type, Invoke.class.getClassLoader())
                        .fromJson(new ByteArrayInputStream(json));
                result = handle.invoke(handler, event, null);
            }
            long handled = System.currentTimeMillis();
            // read after the measured phases: looking up the JVM's start time costs time itself
            var self = ProcessHandle.current().info();
            long jvmStart = self.startInstant().map(java.time.Instant::toEpochMilli).orElse(entered);
            // CPU of all the JVM's threads (JIT, GC, ours) so far: steadier than wall time on a busy machine
            long cpu = self.totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
            System.out.println(result);
            System.out.printf("%s %d %d %d %d%n", TIMING, entered - jvmStart, built - entered, handled - built, cpu);
        }
    }
}
