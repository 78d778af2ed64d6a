package newsfacts.local;

import newsfacts.core.Json;
import software.amazon.awssdk.core.sync.RequestBody;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Uploads many distinct articles from concurrent clients and checks, through the API, that exactly
 * that many records appear: none lost, none duplicated. Reports throughput.
 */
public final class LoadRun {
    public record Result(int uploaded, int expected, int listed, int distinct, double uploadSeconds, double totalSeconds) {
        public boolean exact() { return listed == expected && distinct == expected; }

        public double articlesPerSecond() { return uploaded / totalSeconds; }
    }

    private LoadRun() {}

    public static Result run(LocalStack stack, ApiServer api, byte[] sample, int count, int clients, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int baseline = listAll(http, api).size();
        String run = Long.toString(System.currentTimeMillis(), 36);
        String text = new String(sample, StandardCharsets.UTF_8);
        String body = text.substring(text.indexOf('\n')); // each upload gets its own title line
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> uploads = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                uploads.add(pool.submit(() -> stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key("raw/load/" + run + "/" + n + ".txt"),
                        RequestBody.fromString("Load test article " + n + " of run " + run + body))));
            }
            for (Future<?> f : uploads) f.get();
        } finally {
            pool.shutdown();
        }
        double uploadSeconds = (System.nanoTime() - started) / 1e9;
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> ids;
        do {
            Thread.sleep(250);
            ids = listAll(http, api);
        } while (ids.size() < baseline + count && System.nanoTime() < deadline);
        double totalSeconds = (System.nanoTime() - started) / 1e9;
        Set<String> distinct = new HashSet<>(ids);
        return new Result(count, baseline + count, ids.size(), distinct.size(), uploadSeconds, totalSeconds);
    }

    /** Every article id the API lists, walking all pages. */
    static List<String> listAll(HttpClient http, ApiServer api) throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            String url = "http://127.0.0.1:" + api.port() + "/articles?limit=100" + (cursor == null ? "" : "&cursor=" + cursor);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("API answered " + r.statusCode() + ": " + r.body());
            Map<?, ?> page = Json.object(Json.parse(r.body()));
            for (Object item : (List<?>) page.get("items")) ids.add((String) ((Map<?, ?>) item).get("articleId"));
            cursor = (String) page.get("cursor");
        } while (cursor != null);
        return ids;
    }

    /** {@code newsfacts load [--count N] [--clients C]}: against a fresh in-memory stack. Returns the exit status. */
    static int main(String[] args) throws Exception {
        int count = 2000, clients = 8;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (count < 1 || clients < 1) throw new IllegalArgumentException("--count and --clients are whole numbers from 1");
        try (LocalStack stack = LocalStack.start(Path.of("template.yaml"), null, 0, 0)) {
            ApiServer api = stack.serveApi(0);
            stack.watch(200);
            Result r = run(stack, api, Files.readAllBytes(Path.of("events/articles/menafn-nato.txt")), count, clients, Duration.ofMinutes(30));
            System.out.printf("uploaded %d articles from %d clients in %.1f s; the API lists %d records (%d distinct, %d expected) after %.1f s%n"
                            + "throughput: %.1f articles/s end to end%n%s%n",
                    r.uploaded(), clients, r.uploadSeconds(), r.listed(), r.distinct(), r.expected(), r.totalSeconds(),
                    r.articlesPerSecond(), r.exact() ? "OK: none lost, none duplicated" : "MISMATCH");
            return r.exact() ? 0 : 1;
        }
    }
}
