package newsfacts.core;

import newsfacts.core.model.ArticleRecord;
import newsfacts.core.model.CleanedDocument;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {
    /** A type that refuses the empty object priming reads. */
    record Strict(String name) {
        Strict {
            if (name == null) throw new IllegalArgumentException("name is required");
        }
    }

    @Test
    void primingNeverFailsAndLeavesTheMappingAsItWas() {
        assertDoesNotThrow(() -> Json.prime(CleanedDocument.class, ArticleRecord.class, Strict.class));
        assertEquals("{\"name\":\"x\"}", Json.write(new Strict("x")));
        assertEquals(new Strict("y"), Json.read("{\"name\":\"y\"}", Strict.class));
    }
}
