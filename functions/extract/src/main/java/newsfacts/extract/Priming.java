package newsfacts.extract;

import newsfacts.core.Json;
import newsfacts.core.clean.Cleaner;
import newsfacts.core.extract.Extractor;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.Provenance;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * SnapStart priming: before Lambda takes the snapshot, run the extraction path (read a cleaned
 * document, extract its facts) on a built-in article, so the snapshot holds loaded classes and
 * compiled hot paths, not just loaded models. No I/O: a snapshot must not hold connections or data.
 */
final class Priming implements Resource {
    static final String ARTICLE = """
            Council approves the harbour bridge

            (Reuters) The city council of Rotterdam on Monday approved a new bridge across the harbour, Mayor Ahmed Aboutaleb said. The European Investment Bank will lend 40 million euros.

            "It will cost 120 million euros and open in 2027," the mayor told reporters in the Netherlands on May 27, 2024.

            Opposition leader Maria Jansen of the Green Party said the plan was "too expensive" and asked the Dutch government in The Hague to review it.
            """;

    /** The global context holds resources weakly: this keeps the registered one alive. */
    private static Priming registered;

    private final Extractor extractor;

    private Priming(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Called from the handler's constructor with its extractor, so the models primed are the ones that serve. */
    static synchronized void register(Extractor extractor) {
        registered = new Priming(extractor);
        Core.getGlobalContext().register(registered);
    }

    /** A failure must never prevent the snapshot: the samples exercise code, their outcome does not matter. */
    static void prime(Extractor extractor) {
        try {
            byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);
            Provenance provenance = new Provenance("priming", "raw/priming.txt", null, null, null, null, bytes.length, Instant.EPOCH.toString());
            String json = Json.write(new Cleaner().clean("priming", bytes, "priming.txt", provenance, Instant.EPOCH));
            for (int i = 0; i < 20; i++) Json.write(extractor.extract(Json.read(json.getBytes(StandardCharsets.UTF_8), CleanedDocument.class)));
        } catch (Exception e) {
            // see above
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime(extractor);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to refresh
    }
}
