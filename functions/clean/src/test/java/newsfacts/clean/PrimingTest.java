package newsfacts.clean;

import newsfacts.core.clean.Cleaner;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrimingTest {
    @Test
    void warmUpCleansAndWritesAWholeDocument() {
        // a sample the cleaner refused would leave most of the event's path cold: the warm-up would be for little
        String json = Priming.warmUp(new Cleaner());
        assertNotNull(json);
        assertTrue(json.contains("\"title\":\"Council approves the harbour bridge\""), json);
        assertTrue(json.contains("\"provenance\":{"), json);
    }
}
