package newsfacts.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Reads development files at run time from the shared folder (they are never copied into the repository). */
final class Pages {
    private Pages() {}

    /** A folder given as a JMH parameter, a system property of the same name, or the default. */
    static Path folder(String param, String property, String fallback) {
        String value = param != null && !param.isBlank() ? param : System.getProperty(property, fallback);
        Path p = Path.of(value);
        if (!Files.isDirectory(p)) throw new IllegalStateException("no folder " + p.toAbsolutePath() + " (set -p or -D" + property + ")");
        return p;
    }

    /** The first {@code n} files (by name) ending in {@code suffix}, gunzipped when they end in .gz. */
    static List<byte[]> read(Path folder, String suffix, int n) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().limit(n).map(Pages::bytes).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            return f.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
