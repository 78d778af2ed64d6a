package newsfacts.bench;

import newsfacts.core.Json;
import newsfacts.core.entities.EntityExtractor;
import newsfacts.core.model.Entity;
import newsfacts.core.model.Span;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code EntitiesScore corenlp|newsfacts IN OUT}: the scorer's command for either extractor, so both
 * F1s come out of one run of {@code score-entities}. Writes OUT/_timing.json (load_ms, process_ms).
 */
public final class EntitiesScore {
    private EntitiesScore() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EntitiesScore corenlp|newsfacts IN OUT");
            System.exit(2);
        }
        long started = System.nanoTime();
        Function<String, List<Map<String, Object>>> extractor = switch (args[0]) {
            case "corenlp" -> corenlp();
            case "newsfacts" -> newsfacts();
            default -> throw new IllegalArgumentException("unknown extractor " + args[0]);
        };
        long loaded = System.nanoTime();
        Path in = Path.of(args[1]), out = Files.createDirectories(Path.of(args[2]));
        try (Stream<Path> files = Files.list(in)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.txt$", ".json");
                Files.writeString(out.resolve(name), Json.write(Map.of("entities", extractor.apply(Files.readString(f, StandardCharsets.UTF_8)))));
            }
        }
        long done = System.nanoTime();
        Files.writeString(out.resolve("_timing.json"), Json.write(Map.of("load_ms", (loaded - started) / 1_000_000, "process_ms", (done - loaded) / 1_000_000)));
    }

    private static Function<String, List<Map<String, Object>>> corenlp() {
        CoreNlpNer ner = CoreNlpNer.load();
        return text -> ner.extract(text).stream()
                .map(m -> Map.<String, Object>of("text", m.text(), "type", m.type(), "start", m.start(), "end", m.end())).toList();
    }

    private static Function<String, List<Map<String, Object>>> newsfacts() {
        EntityExtractor ours = EntityExtractor.load();
        return text -> {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Entity e : ours.extract(text))
                for (Span m : e.mentions())
                    list.add(Map.of("text", m.text(), "type", e.type().shortName(), "start", m.start(), "end", m.end()));
            return list;
        };
    }
}
