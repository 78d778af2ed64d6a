package newsfacts.core.facts;

import newsfacts.core.Json;
import newsfacts.core.TextFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Batch command: for every {@code IN/NAME.txt}, writes the attributed statements to {@code OUT/NAME.json}
 * as {@code {"statements":[{"speaker":SPAN,"cue":SPAN,"content":SPAN}]}}, offsets into the text.
 * Usage: {@code java newsfacts.core.facts.StatementsDir IN OUT}.
 */
public final class StatementsDir {
    private StatementsDir() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: StatementsDir IN OUT");
            System.exit(2);
        }
        long start = System.nanoTime();
        int n = run(Path.of(args[0]), Path.of(args[1]));
        System.err.printf("StatementsDir: %d texts, %.1f ms each (one JVM, lexicon loaded once)%n",
                n, n == 0 ? 0.0 : (System.nanoTime() - start) / 1e6 / n);
    }

    /** Writes the statements of every {@code .txt} in {@code in} to {@code out}; returns how many texts it read. */
    public static int run(Path in, Path out) throws IOException {
        StatementFinder finder = new StatementFinder(Cues.load());
        Files.createDirectories(out);
        List<Path> texts;
        try (Stream<Path> files = Files.list(in)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : texts) {
            String text = TextFiles.readUtf8(file);
            String name = file.getFileName().toString();
            Path target = out.resolve(name.substring(0, name.length() - 4) + ".json");
            Files.writeString(target, Json.write(toJson(text, finder.find(text))), StandardCharsets.UTF_8);
        }
        return texts.size();
    }

    /** The statements as JSON values; an unresolved speaker is left out, which readers take as null. */
    static Map<String, Object> toJson(String text, List<StatementFinder.Attribution> found) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (StatementFinder.Attribution a : found) {
            Map<String, Object> s = new LinkedHashMap<>();
            if (a.source() != null) s.put("speaker", span(text, a.source()[0], a.source()[1]));
            s.put("cue", span(text, a.cue()[0], a.cue()[1]));
            Map<String, Object> content = span(text, a.start(), a.end());
            if (a.content().size() > 1) {
                List<List<Integer>> fragments = new ArrayList<>();
                for (int[] f : a.content()) fragments.add(List.of(f[0], f[1]));
                content.put("fragments", fragments);
            }
            s.put("content", content);
            s.put("direct", a.direct());
            statements.add(s);
        }
        return Map.of("statements", statements);
    }

    private static Map<String, Object> span(String text, int start, int end) {
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("start", start);
        span.put("end", end);
        span.put("text", text.substring(start, end));
        return span;
    }
}
