package newsfacts.local;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds sqlite4java's native library, which Maven delivers as a separate artifact beside the jar. */
final class Natives {
    private Natives() {}

    static Path folder() {
        try {
            Path jar = Path.of(Class.forName("com.almworks.sqlite4java.SQLite").getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = jar.getParent();
            if (hasNative(dir)) return dir;
            // in a Maven repository each artifact has its own folder: .../com/almworks/sqlite4java/<artifact>/<version>/
            Path group = dir.getParent().getParent();
            String version = dir.getFileName().toString();
            try (Stream<Path> artifacts = Files.list(group)) {
                return artifacts.map(a -> a.resolve(version)).filter(Natives::hasNative).findFirst().orElse(null);
            }
        } catch (URISyntaxException | ReflectiveOperationException | java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean hasNative(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> {
                String n = f.getFileName().toString();
                return n.startsWith("libsqlite4java") || n.startsWith("sqlite4java-win");
            });
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
