package newsfacts.aws;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class LazyTest {
    @Test
    void buildsOnFirstUseOnlyThenShares() {
        AtomicInteger builds = new AtomicInteger();
        Lazy<StringBuilder> lazy = Lazy.of(() -> {
            builds.incrementAndGet();
            return new StringBuilder("client");
        });
        assertEquals(0, builds.get(), "nothing is built before it is asked for");
        StringBuilder first = lazy.get();
        assertSame(first, lazy.get());
        assertEquals(1, builds.get());
    }
}
