package newsfacts.core.clean;

import newsfacts.core.Json;
import newsfacts.core.model.CleanedDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Cleans every file of a folder in one JVM: the scorer's entry point. */
public final class CleanDir {
    private CleanDir() {}

    public static void main(String[] args) throws IOException {
        run(Path.of(args[0]), Path.of(args[1]));
    }

    public static void run(Path in, Path out) throws IOException {
        Files.createDirectories(out);
        Cleaner cleaner = new Cleaner();
        try (Stream<Path> files = Files.list(in)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                Map<String, Object> o = new LinkedHashMap<>();
                try {
                    CleanedDocument d = cleaner.clean(name, Files.readAllBytes(f), f.getFileName().toString(), null, Instant.now());
                    o.put("text", d.body());
                    o.put("title", d.metadata().title());
                    o.put("author", String.join("; ", d.metadata().authors()));
                    o.put("date", d.metadata().published());
                    o.put("siteName", d.metadata().siteName());
                    o.put("language", d.metadata().language());
                } catch (CleaningException e) {
                    o.put("text", "");
                    o.put("error", e.reason() + ": " + e.getMessage());
                }
                Files.writeString(out.resolve(name + ".json"), Json.write(o));
            }
        }
    }
}
