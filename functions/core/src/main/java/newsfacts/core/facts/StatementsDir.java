package newsfacts.core.facts;

import java.io.IOException;
import java.nio.file.Path;

/** Statements of every .txt of a folder in one JVM: the scorer's entry point. (Filled by the facts issue.) */
public final class StatementsDir {
    private StatementsDir() {}

    public static void main(String[] args) throws IOException {
        run(Path.of(args[0]), Path.of(args[1]));
    }

    public static void run(Path in, Path out) throws IOException {
        throw new UnsupportedOperationException("statements-dir arrives with the statements extractor");
    }
}
