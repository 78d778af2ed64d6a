package newsfacts.core.entities;

import newsfacts.core.Json;
import newsfacts.core.TextFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Batch command for the scorer: {@code EntitiesDir IN OUT} reads every {@code .txt} in IN and
 * writes {@code OUT/<name>.json} ({@code {"entities":[{"text","type","start","end"}]}}, every
 * mention, CoNLL types) and {@code OUT/_timing.json} ({@code load_ms}, {@code process_ms}).
 */
public final class EntitiesDir {
    private EntitiesDir() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EntitiesDir IN OUT");
            System.exit(2);
        }
        run(Path.of(args[0]), Path.of(args[1]));
    }

    /**
     * CoNLL's tokens split a sentence's full stop from an abbreviation that ends it ("analyst at
     * Acme Corp."), so there a name ends before the stop; our mentions keep it ("U.S." stays "U.S."
     * for the alias table).
     */
    static int conllEnd(String text, int end) {
        boolean lineEnd = end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r';
        return lineEnd && end >= 2 && text.charAt(end - 1) == '.' && Character.isLetter(text.charAt(end - 2)) ? end - 1 : end;
    }

    public static void run(Path in, Path out) throws IOException {
        long t0 = System.nanoTime();
        EntityExtractor extractor = EntityExtractor.load();
        long t1 = System.nanoTime();
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(in, "*.txt")) {
            dir.forEach(files::add);
        }
        files.sort(null);
        for (Path file : files) {
            String text = TextFiles.readUtf8(file);
            List<Map<String, Object>> entities = new ArrayList<>();
            for (Mention m : extractor.mentions(text)) {
                int end = conllEnd(text, m.end());
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("text", text.substring(m.start(), end));
                e.put("type", m.type().shortName());
                e.put("start", m.start());
                e.put("end", end);
                entities.add(e);
            }
            String name = file.getFileName().toString();
            Path target = out.resolve(name.substring(0, name.length() - ".txt".length()) + ".json");
            Files.writeString(target, Json.write(Map.of("entities", entities)), StandardCharsets.UTF_8);
        }
        long t2 = System.nanoTime();
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("load_ms", (t1 - t0) / 1_000_000.0);
        timing.put("process_ms", (t2 - t1) / 1_000_000.0);
        timing.put("documents", files.size());
        Files.writeString(out.resolve("_timing.json"), Json.write(timing), StandardCharsets.UTF_8);
    }
}
