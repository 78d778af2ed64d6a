package newsfacts.core;

import newsfacts.core.entities.EntitiesDir;
import newsfacts.core.facts.StatementsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFilesTest {
    @Test
    void bytesThatAreNotUtf8BecomeReplacementCharacters(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("latin.txt");
        Files.write(file, new byte[] {'c', 'a', 'f', (byte) 0xe9});
        assertEquals("caf\ufffd", TextFiles.readUtf8(file));
        Files.writeString(file, "café", StandardCharsets.UTF_8);
        assertEquals("café", TextFiles.readUtf8(file));
    }

    @Test
    void oneBadFileDoesNotEndABatch(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectory(tmp.resolve("in"));
        // sorted first, so a batch that stopped at it would write nothing else
        Files.write(in.resolve("a-binary.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xc3, 'x'});
        Files.writeString(in.resolve("b-good.txt"), "Mirela Ostrand said the Veld Council would meet on Friday.");
        EntitiesDir.run(in, tmp.resolve("entities"));
        StatementsDir.run(in, tmp.resolve("statements"));
        for (String out : new String[] {"entities", "statements"}) {
            assertTrue(Files.exists(tmp.resolve(out).resolve("a-binary.json")), out);
            assertTrue(Files.readString(tmp.resolve(out).resolve("b-good.json")).contains("Mirela Ostrand"), out);
        }
    }
}
