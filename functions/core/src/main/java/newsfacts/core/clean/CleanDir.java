package newsfacts.core.clean;

import newsfacts.core.Json;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.Metadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Cleans every file of a folder in one JVM and writes {@code OUT/<name>.json} with the text
 * and the main metadata; a file that fails gets empty text and an "error". Usage: IN OUT.
 */
public final class CleanDir {
    private CleanDir() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CleanDir IN OUT");
            System.exit(2);
        }
        run(Path.of(args[0]), Path.of(args[1]));
    }

    public static void run(Path in, Path out) throws IOException {
        Files.createDirectories(out);
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Cleaner cleaner = new Cleaner();
        Instant now = Instant.now();
        long total = 0, slowest = 0;
        String slowestName = null;
        int failed = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String stem = stem(name);
            Map<String, Object> json = new LinkedHashMap<>();
            long start = System.nanoTime();
            try {
                CleanedDocument doc = cleaner.clean(stem, Files.readAllBytes(file), name, null, now);
                describe(doc, json);
            } catch (CleaningException e) {
                failed++;
                json.put("text", "");
                json.put("error", e.reason() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                failed++;
                json.put("text", "");
                json.put("error", "BUG: " + e);
            }
            long ns = System.nanoTime() - start;
            total += ns;
            if (ns > slowest) {
                slowest = ns;
                slowestName = name;
            }
            Files.writeString(out.resolve(stem + ".json"), Json.write(json));
        }
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("files", files.size());
        timing.put("failed", failed);
        timing.put("msPerFile", files.isEmpty() ? 0 : total / 1e6 / files.size());
        timing.put("slowestMs", slowest / 1e6);
        timing.put("slowest", slowestName);
        Files.writeString(out.resolve("_timing.json"), Json.write(timing));
    }

    private static void describe(CleanedDocument doc, Map<String, Object> json) {
        Metadata m = doc.metadata();
        json.put("text", doc.body());
        if (m.title() != null) json.put("title", m.title());
        if (!m.authors().isEmpty()) json.put("author", String.join("; ", m.authors()));
        if (m.published() != null) json.put("date", m.published());
        if (m.siteName() != null) json.put("siteName", m.siteName());
        if (m.language() != null) json.put("language", m.language());
        if (m.sourceRecordId() != null) json.put("sourceRecordId", m.sourceRecordId());
        json.put("wordCount", doc.wordCount());
    }

    private static String stem(String name) {
        String n = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
