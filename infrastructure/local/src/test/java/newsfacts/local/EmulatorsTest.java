package newsfacts.local;

import org.junit.jupiter.api.Test;
import newsfacts.aws.Clients;
import newsfacts.aws.Config;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmulatorsTest {
    /** As `up` is run: a data folder named relative to the working directory, kept across a restart. */
    @Test
    void aRelativeDataFolderListsItsObjectsBeforeAndAfterARestart() throws Exception {
        Path relative = Path.of("infrastructure", "local", "target", "emulators-" + System.nanoTime());
        try {
            try (Emulators first = Emulators.start(relative, 0, 0); S3Client s3 = client(first)) {
                s3.createBucket(b -> b.bucket("kept"));
                s3.putObject(b -> b.bucket("kept").key("raw/one.txt"), RequestBody.fromString("one"));
                assertEquals(List.of("raw/one.txt"), keys(s3));
            }
            try (Emulators again = Emulators.start(relative, 0, 0); S3Client s3 = client(again)) {
                s3.putObject(b -> b.bucket("kept").key("raw/two.txt"), RequestBody.fromString("two"));
                assertEquals(List.of("raw/one.txt", "raw/two.txt"), keys(s3));
            }
        } finally {
            try (Stream<Path> files = Files.walk(relative)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static List<String> keys(S3Client s3) {
        return s3.listObjectsV2(b -> b.bucket("kept")).contents().stream().map(S3Object::key).toList();
    }

    private static S3Client client(Emulators emulators) {
        return Clients.s3(new Config("kept", "", "us-east-1", emulators.s3Endpoint(), emulators.dynamoEndpoint()), FaultTest.CREDENTIALS);
    }
}
