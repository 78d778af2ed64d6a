package newsfacts.core;

import newsfacts.core.clean.Cleaner;
import newsfacts.core.clean.CleaningException;
import newsfacts.core.extract.Extractor;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.Metadata;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No input may crash the cleaner or the extractor: the cleaner either cleans or refuses with a
 * typed reason, the extractor always answers. Regression mode (the normal suite) replays the seeds in
 * resources/newsfacts/core/FuzzTestInputs; {@code JAZZER_FUZZ=1} fuzzes for real (README).
 */
class FuzzTest {
    static final Cleaner cleaner = new Cleaner();
    static final Extractor extractor = Extractor.load();

    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "60s")
    void cleanerNeverCrashes(byte[] input) {
        try {
            CleanedDocument doc = cleaner.clean("0123456789abcdef0123", input, "raw/fuzz.html", null, Instant.now());
            assertNotNull(doc.body());
            assertTrue(doc.body().length() <= input.length * 4L + 1024, "the body cannot grow past what the bytes hold");
        } catch (CleaningException refused) {
            assertNotNull(refused.reason());
        }
    }

    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "60s")
    void extractorNeverCrashes(byte[] input) {
        String body = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        Metadata meta = new Metadata("t", null, List.of(), "2024-05-27", null, null, null, "en", null, List.of(), null, null, null, "text");
        var facts = extractor.extract(new CleanedDocument("0123456789abcdef0123", body, List.of(), meta, null, 0, "fuzz"));
        facts.entities().forEach(e -> e.mentions().forEach(m ->
                assertTrue(m.start() >= 0 && m.end() <= body.length() && body.substring(m.start(), m.end()).equals(m.text()), "mention offsets point into the body")));
    }
}
