package newsfacts.aws;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BackgroundTest {
    @Test
    void runsOnItsOwnThreadAndHandsBackTheResult() {
        Background<String> work = Background.start("test-init", () -> Thread.currentThread().getName());
        assertEquals("test-init", work.join());
        assertNotEquals("test-init", Thread.currentThread().getName());
    }

    @Test
    void aFailureReachesTheCallerUnwrapped() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad config");
        Background<Object> work = Background.start("test-init", () -> { throw thrown; });
        assertSame(thrown, assertThrows(IllegalArgumentException.class, work::join));
    }

    @Test
    void aCheckedFailureIsWrapped() {
        Background<Object> work = Background.start("test-init", () -> { throw new IOException("disk"); });
        assertInstanceOf(IOException.class, assertThrows(IllegalStateException.class, work::join).getCause());
    }
}
