package newsfacts.local;

import java.nio.file.Path;

/**
 * One local stack per test JVM: real s3proxy and DynamoDB Local on loopback ports, in memory.
 * Tests keep out of each other's way by using their own keys.
 */
final class TestStack {
    private static LocalStack stack;

    private TestStack() {}

    static synchronized LocalStack get() {
        if (stack == null) {
            try {
                stack = LocalStack.start(Path.of("template.yaml"), null, 0, 0);
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the local stack", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    stack.close();
                } catch (Exception ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return stack;
    }

    static byte[] sampleArticle() throws java.io.IOException {
        return java.nio.file.Files.readAllBytes(Path.of("events/articles/menafn-nato.txt"));
    }
}
