package newsfacts.clean;

import newsfacts.core.clean.Cleaner;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrimingTest {
    @Test
    void outputPrimingWritesAWholeCleanedDocument() {
        // a sample the cleaner refused would leave Jackson's writer cold: the priming would be for nothing
        String json = Priming.primeOutput(new Cleaner());
        assertNotNull(json);
        assertTrue(json.contains("\"title\":\"Council approves the harbour bridge\""), json);
        assertTrue(json.contains("\"provenance\":{"), json);
    }
}
