package newsfacts.bench;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import newsfacts.core.Json;
import newsfacts.core.model.CleanedDocument;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a structured log line and its metrics cost a cold function: fresh JVMs on the extract
 * function's classpath plus one logging or metrics library each, that write the line a stage writes
 * after its first event (request id, article id, stage, outcome, duration; EMF count and duration by
 * stage and outcome). Jackson is loaded before the clock starts, as it is in our functions by then,
 * so a library is charged only for what it adds. Median of N interleaved launches:
 * {@code java -cp infrastructure/benchmarks/target/benchmarks.jar newsfacts.bench.LogCost [N]}
 * from the repository root after {@code coldstart.sh} (which unpacks the function zips).
 */
public final class LogCost {
    static final Path LOGGING_LIB = Path.of("infrastructure/benchmarks/target/logging-lib");
    static final Path FUNCTION = ColdStart.UNPACKED.resolve("extract");
    private static final String TIMING = "logcost-timing";

    /** A contender: the libraries it adds (artifact names, found in logging-lib/ or lib/), the environment Lambda would give it. */
    record Variant(String name, List<String> artifacts, Map<String, String> env, String... writers) {}

    private LogCost() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<String> log4j = List.of("log4j-api", "log4j-core", "log4j-layout-template-json");
        List<String> powertoolsLog = concat(log4j, List.of("powertools-logging-log4j", "powertools-logging", "powertools-common",
                "powertools-serialization", "log4j-slf4j2-impl", "slf4j-api", "jmespath-core", "jmespath-jackson", "jackson-datatype-joda"));
        List<String> emf = List.of("aws-embedded-metrics", "javatuples", "commons-lang3", "jackson-datatype-jsr310", "slf4j-api");
        List<String> powertoolsMetrics = concat(emf, List.of("powertools-metrics", "powertools-common"));
        Map<String, String> lambdaJson = Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_EMF_ENVIRONMENT", "Lambda",
                "AWS_LAMBDA_FUNCTION_NAME", "extract", "POWERTOOLS_SERVICE_NAME", "newsfacts", "POWERTOOLS_METRICS_NAMESPACE", "newsfacts");
        List<Variant> variants = List.of(
                new Variant("nothing (Jackson loaded, no line)", List.of(), lambdaJson),
                new Variant("hand-written Log: JSON line + EMF", List.of(), lambdaJson, "hand"),
                new Variant("Log4j2 + Lambda appender, JSON layout", concat(log4j, List.of("aws-lambda-java-log4j2")), lambdaJson, "log4j2"),
                new Variant("Powertools logging (log4j)", powertoolsLog, lambdaJson, "powertools-log"),
                new Variant("aws-embedded-metrics", emf, lambdaJson, "emf"),
                new Variant("Powertools metrics", powertoolsMetrics, lambdaJson, "powertools-metrics"),
                new Variant("Log4j2 Lambda JSON + aws-embedded-metrics", concat(concat(log4j, List.of("aws-lambda-java-log4j2")), emf),
                        lambdaJson, "log4j2", "emf"),
                new Variant("Powertools logging + metrics", concat(powertoolsLog, powertoolsMetrics), lambdaJson,
                        "powertools-log", "powertools-metrics"));

        Map<Variant, List<long[]>> results = new LinkedHashMap<>();
        variants.forEach(v -> results.put(v, new ArrayList<>()));
        for (int i = 0; i < runs; i++)
            for (Variant v : variants) results.get(v).add(launch(v));

        long[] base = medians(results.get(variants.get(0)));
        System.out.printf("medians of %d fresh JVMs (ms)                   wall  first line  CPU   added: wall  CPU   classes%n", runs);
        results.forEach((v, r) -> {
            long[] m = medians(r);
            System.out.printf("%-46s %6d  %10d  %5d        %+5d  %+4d   %+6d%n", v.name(), m[0], m[1], m[2],
                    m[0] - base[0], m[2] - base[2], m[3] - base[3]);
        });
        System.exit(0);
    }

    /** A fresh JVM: wall ms; then the child's first-line ms, its CPU ms and loaded class count. */
    private static long[] launch(Variant v) throws Exception {
        List<String> classpath = new ArrayList<>(List.of("infrastructure/benchmarks/target/classes"));
        // the library's own jars first: where it needs a newer SLF4J than the function ships, the newer one wins
        for (String artifact : v.artifacts()) classpath.add(jar(artifact));
        classpath.add(FUNCTION.toString());
        if (Files.isDirectory(FUNCTION.resolve("lib"))) try (Stream<Path> jars = Files.list(FUNCTION.resolve("lib"))) {
            jars.sorted().forEach(j -> classpath.add(j.toString())); // a zip of the older layout
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classpath), "-Dlog4j2.configurationFile=newsfacts/bench/log4j2-"
                        + (List.of(v.writers()).contains("powertools-log") ? "powertools" : "lambda") + ".xml",
                Child.class.getName()));
        cmd.addAll(List.of(v.writers()));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(v.env());
        long started = System.nanoTime();
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes());
        int rc = p.waitFor();
        long wall = (System.nanoTime() - started) / 1_000_000;
        if (rc != 0) throw new IllegalStateException("exit " + rc + ": " + v.name() + "\n" + out);
        if (System.getProperty("logcost.show") != null) System.out.printf("%s:%n%s%n", v.name(), out.strip());
        for (String line : out.split("\n")) {
            if (!line.startsWith(TIMING)) continue;
            String[] f = line.trim().split(" ");
            return new long[] {wall, Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])};
        }
        throw new IllegalStateException(v.name() + " printed no timing:\n" + out);
    }

    private static String jar(String artifact) throws IOException {
        for (Path dir : List.of(LOGGING_LIB, ColdStart.LIB)) {
            try (Stream<Path> jars = Files.list(dir)) {
                var found = jars.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(artifact) + "-\\d.*\\.jar")).findFirst();
                if (found.isPresent()) return found.get().toString();
            }
        }
        throw new IllegalStateException("no jar of " + artifact);
    }

    private static long[] medians(List<long[]> runs) {
        long[] out = new long[runs.get(0).length];
        for (int c = 0; c < out.length; c++) {
            List<Long> values = new ArrayList<>();
            for (long[] r : runs) values.add(r[c]);
            values.sort(null);
            out[c] = values.get(values.size() / 2);
        }
        return out;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        b.forEach(x -> { if (!out.contains(x)) out.add(x); });
        return out;
    }

    /** {@code Child WRITER...}: loads Jackson as our functions have by then, then times the first line of each writer. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            Json.write(Json.read("{}", CleanedDocument.class));
            long started = System.nanoTime();
            for (String writer : args) {
                switch (writer) {
                    case "hand" -> Writers.hand();
                    case "log4j2" -> Writers.log4j2();
                    case "powertools-log" -> Writers.powertoolsLog();
                    case "emf" -> Writers.emf();
                    case "powertools-metrics" -> Writers.powertoolsMetrics();
                    default -> throw new IllegalArgumentException(writer);
                }
            }
            long ms = (System.nanoTime() - started) / 1_000_000;
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
            long classes = java.lang.management.ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
            System.out.printf("%n%s %d %d %d%n", TIMING, ms, cpu, classes);
        }
    }

    /** One method per library, each loaded only when called, so a child needs only its own library's jars. */
    static final class Writers {
        static final String REQUEST = "c6af9ac6-7b61-11e6-9a41-93e812345678";
        static final String ARTICLE = "f054d4b223ac3d9f7421";

        static void hand() {
            newsfacts.aws.Log.requestId(REQUEST);
            newsfacts.aws.Log.event("extract", "STORED", "articleId", ARTICLE, "ms", 12);
        }

        static void log4j2() {
            org.apache.logging.log4j.ThreadContext.put("AWSRequestId", REQUEST); // the runtime's MDC key
            org.apache.logging.log4j.ThreadContext.put("articleId", ARTICLE);
            org.apache.logging.log4j.ThreadContext.put("stage", "extract");
            org.apache.logging.log4j.ThreadContext.put("outcome", "STORED");
            org.apache.logging.log4j.ThreadContext.put("ms", "12");
            org.apache.logging.log4j.LogManager.getLogger("newsfacts").info("stage done");
        }

        static void powertoolsLog() {
            software.amazon.lambda.powertools.logging.PowertoolsLogging.withLogging(new FakeContext(), () -> {
                org.slf4j.LoggerFactory.getLogger("newsfacts").info("stage done",
                        software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry("articleId", ARTICLE),
                        software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry("stage", "extract"),
                        software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry("outcome", "STORED"),
                        software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry("ms", 12));
                return null;
            });
        }

        static void emf() {
            var m = new software.amazon.cloudwatchlogs.emf.logger.MetricsLogger();
            try {
                m.setNamespace("newsfacts");
                m.putDimensions(software.amazon.cloudwatchlogs.emf.model.DimensionSet.of("stage", "extract", "outcome", "STORED"));
                m.putMetric("Count", 1, software.amazon.cloudwatchlogs.emf.model.Unit.COUNT);
                m.putMetric("ms", 12, software.amazon.cloudwatchlogs.emf.model.Unit.MILLISECONDS);
                m.putProperty("articleId", ARTICLE);
                m.putProperty("requestId", REQUEST);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            m.flush();
        }

        static void powertoolsMetrics() {
            var metrics = software.amazon.lambda.powertools.metrics.MetricsFactory.getMetricsInstance();
            metrics.addDimension(software.amazon.lambda.powertools.metrics.model.DimensionSet.of("stage", "extract", "outcome", "STORED"));
            metrics.addMetric("Count", 1, software.amazon.lambda.powertools.metrics.model.MetricUnit.COUNT);
            metrics.addMetric("ms", 12, software.amazon.lambda.powertools.metrics.model.MetricUnit.MILLISECONDS);
            metrics.addMetadata("articleId", ARTICLE);
            metrics.addMetadata("requestId", REQUEST);
            metrics.flush();
        }
    }

    /** The little of a Lambda context Powertools reads. */
    static final class FakeContext implements Context {
        public String getAwsRequestId() { return Writers.REQUEST; }
        public String getLogGroupName() { return "/aws/lambda/extract"; }
        public String getLogStreamName() { return "stream"; }
        public String getFunctionName() { return "extract"; }
        public String getFunctionVersion() { return "1"; }
        public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:123456789012:function:extract"; }
        public CognitoIdentity getIdentity() { return null; }
        public ClientContext getClientContext() { return null; }
        public int getRemainingTimeInMillis() { return 60_000; }
        public int getMemoryLimitInMB() { return 1024; }
        public LambdaLogger getLogger() { return null; }
    }
}
