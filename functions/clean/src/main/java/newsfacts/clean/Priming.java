package newsfacts.clean;

import newsfacts.aws.ArticleStore;
import newsfacts.aws.Keys;
import newsfacts.aws.ObjectStore;
import newsfacts.core.Json;
import newsfacts.core.clean.Cleaner;
import newsfacts.core.clean.CleaningException;
import newsfacts.core.model.Provenance;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * SnapStart priming: before Lambda takes the snapshot, clean a built-in page and a built-in wire
 * text, so the classes are loaded and the hot paths compiled in the snapshot rather than on each
 * restored container's first event; and make the harmless real S3 and DynamoDB reads of
 * {@link ObjectStore#prime} and {@link ArticleStore#prime}, so the SDK's request paths are warm too.
 * Connections opened then may be dead after a restore; the SDK retries on a fresh one.
 */
final class Priming implements Resource {
    static final String HTML = """
            <!doctype html><html lang="en"><head><title>Priming page</title>
            <meta property="og:site_name" content="Example News"></head><body><nav><a href="/">Home</a></nav>
            <article><h1>Council approves the harbour bridge</h1><p>By Jane Doe, May 27, 2024</p>
            <p>The city council of Rotterdam on Monday approved a new bridge across the harbour, Mayor Ahmed Aboutaleb said.</p>
            <p>"It will cost 120 million euros and open in 2027," the mayor told reporters.</p></article>
            <footer>Copyright Example News</footer></body></html>
            """;
    static final String WIRE = """
            Council approves the harbour bridge

            (Reuters) The city council of Rotterdam on Monday approved a new bridge across the harbour, Mayor Ahmed Aboutaleb said.

            "It will cost 120 million euros and open in 2027," the mayor told reporters.
            """;

    /** The global context holds resources weakly: this keeps the registered one alive. */
    private static Priming registered;

    private final Cleaner cleaner;
    private final ObjectStore objects;
    private final Supplier<ArticleStore> articles;

    private Priming(Cleaner cleaner, ObjectStore objects, Supplier<ArticleStore> articles) {
        this.cleaner = cleaner;
        this.objects = objects;
        this.articles = articles;
    }

    /** Called from the handler's constructor, so Lambda's init phase (which precedes the snapshot) registers it. */
    static synchronized void register(Cleaner cleaner, ObjectStore objects, Supplier<ArticleStore> articles) {
        registered = new Priming(cleaner, objects, articles);
        Core.getGlobalContext().register(registered);
    }

    /** Runs the clean path (and its JSON output) {@code rounds} times on the built-in samples; a failure must never prevent the snapshot. */
    static void prime(Cleaner cleaner, int rounds) {
        for (int i = 0; i < rounds; i++) {
            cleanAndWrite(cleaner, HTML);
            cleanAndWrite(cleaner, WIRE);
        }
    }

    /**
     * Cleans the built-in wire text once and writes it as JSON, the path every event takes: a cold
     * start loads the cleaner's classes and runs its first pass while the SDK clients build, not in
     * the first event. Returns the JSON written (null if the sample failed).
     */
    static String warmUp(Cleaner cleaner) {
        return cleanAndWrite(cleaner, WIRE);
    }

    private static String cleanAndWrite(Cleaner cleaner, String sample) {
        Provenance provenance = new Provenance("priming", "raw/priming", null, null, null, null, 0, Instant.EPOCH.toString());
        try {
            return Json.write(cleaner.clean("priming", sample.getBytes(StandardCharsets.UTF_8), "priming", provenance, Instant.EPOCH));
        } catch (CleaningException | RuntimeException e) {
            return null; // the samples exercise the code; their outcome does not matter
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime(cleaner, 20);
        objects.prime(Keys.RAW);
        articles.get().prime(); // built and warmed: the path of a failed or deleted upload's record
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to refresh
    }
}
