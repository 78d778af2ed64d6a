package newsfacts.core.entities;

import newsfacts.core.Json;
import newsfacts.core.model.Entity;
import newsfacts.core.model.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Entities of every .txt of a folder in one JVM: the scorer's entry point. */
public final class EntitiesDir {
    private EntitiesDir() {}

    public static void main(String[] args) throws IOException {
        run(Path.of(args[0]), Path.of(args[1]));
    }

    public static void run(Path in, Path out) throws IOException {
        Files.createDirectories(out);
        EntityExtractor extractor = EntityExtractor.load();
        try (Stream<Path> files = Files.list(in)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                List<Map<String, Object>> list = new ArrayList<>();
                for (Entity e : extractor.extract(text))
                    for (Span m : e.mentions())
                        list.add(Map.of("text", m.text(), "type", e.type().shortName(), "start", m.start(), "end", m.end()));
                String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
                Files.writeString(out.resolve(name + ".json"), Json.write(Map.of("entities", list)));
            }
        }
    }
}
