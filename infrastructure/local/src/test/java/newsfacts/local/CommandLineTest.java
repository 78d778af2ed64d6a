package newsfacts.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tool as a user runs it, in its own JVM: clear one-line errors, exit codes a script can trust, and an end. */
class CommandLineTest {
    record Run(int status, String out, String err) {}

    static Run newsfacts(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("newsfacts-err", ".txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command ends");
        Run run = new Run(p.exitValue(), out, Files.readString(err));
        Files.delete(err);
        return run;
    }

    @Test
    void helpGoesToStandardOutput() throws Exception {
        Run r = newsfacts("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("usage: newsfacts COMMAND"), r.out());
    }

    @Test
    void wrongArgumentsGetOneLineAndTheUsageWithStatusTwo() throws Exception {
        for (String[] args : new String[][] {{"load", "--count", "many"}, {"load", "--clients", "0"}, {"load", "--count"},
                {"backfill", "raw/", "--s3-endpoint", "http://127.0.0.1:9"}, {"frobnicate"}, {"clean-dir", "only-one"}}) {
            Run r = newsfacts(args);
            assertEquals(2, r.status(), String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().startsWith("newsfacts: "), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }

    @Test
    void missingFilesAreNamedWithoutAStackTrace(@TempDir Path tmp) throws Exception {
        Run r = newsfacts("clean-dir", tmp.resolve("absent").toString(), tmp.resolve("out").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("newsfacts: no such file or folder: "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aFinishedBatchEnds(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.writeString(in.resolve("note.txt"), "Talia Brennick said the Osterfeld mill would reopen in May.");
        Run r = newsfacts("statements-dir", in.toString(), tmp.resolve("out").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.exists(tmp.resolve("out").resolve("note.json")));
    }
}
