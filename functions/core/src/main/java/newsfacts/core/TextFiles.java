package newsfacts.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Text files of the batch commands: one file that is not UTF-8 must not end a run over thousands. */
public final class TextFiles {
    private TextFiles() {}

    /** The file as UTF-8; bytes that are not become U+FFFD, with a warning naming the file. */
    public static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            System.err.println(file + ": not UTF-8; the bytes that are not were read as U+FFFD");
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
