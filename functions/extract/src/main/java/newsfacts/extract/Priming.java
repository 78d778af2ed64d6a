package newsfacts.extract;

import newsfacts.aws.ArticleStore;
import newsfacts.aws.Keys;
import newsfacts.aws.ObjectStore;
import newsfacts.core.Json;
import newsfacts.core.extract.Extractor;
import newsfacts.core.model.Block;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.Metadata;
import newsfacts.core.model.Provenance;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * SnapStart priming: before Lambda takes the snapshot, run the extraction path (read a cleaned
 * document, extract its facts) on a built-in article, so the snapshot holds loaded classes and
 * compiled hot paths, not just loaded models; and make the harmless real S3 and DynamoDB reads of
 * {@link ObjectStore#prime} and {@link ArticleStore#prime}, so the SDK's request paths are warm too.
 * Connections opened then may be dead after a restore; the SDK retries on a fresh one.
 */
final class Priming implements Resource {
    /** The built-in article's paragraphs, as the cleaner would have laid them out (the extract function never cleans). */
    static final List<String> PARAGRAPHS = List.of(
            "The city council of Rotterdam on Monday approved a new bridge across the harbour, Mayor Ahmed Aboutaleb said. "
                    + "The European Investment Bank will lend 40 million euros.",
            "\"It will cost 120 million euros and open in 2027,\" the mayor told reporters in the Netherlands on May 27, 2024.",
            "Opposition leader Maria Jansen of the Green Party said the plan was \"too expensive\" and asked the Dutch "
                    + "government in The Hague to review it.");

    /** The global context holds resources weakly: this keeps the registered one alive. */
    private static Priming registered;

    private final Extractor extractor;
    private final ObjectStore objects;
    private final ArticleStore articles;

    private Priming(Extractor extractor, ObjectStore objects, ArticleStore articles) {
        this.extractor = extractor;
        this.objects = objects;
        this.articles = articles;
    }

    /** Called from the handler's constructor with its extractor, so the models primed are the ones that serve. */
    static synchronized void register(Extractor extractor, ObjectStore objects, ArticleStore articles) {
        registered = new Priming(extractor, objects, articles);
        Core.getGlobalContext().register(registered);
    }

    /**
     * Reads and extracts the built-in article {@code rounds} times (JSON in and out).
     * A failure must never prevent the snapshot: the samples exercise code, their outcome does not matter.
     */
    static void prime(Extractor extractor, int rounds) {
        try {
            byte[] json = Json.write(document()).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < rounds; i++) Json.write(extractor.extract(Json.read(json, CleanedDocument.class)));
        } catch (Exception e) {
            // see above
        }
    }

    /**
     * The built-in article as a cleaned document, built here rather than cleaned: running the cleaner
     * would load jsoup and the cleaning code into a function that only reads cleaned documents.
     */
    static CleanedDocument document() {
        String body = String.join("\n\n", PARAGRAPHS);
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        for (String paragraph : PARAGRAPHS) {
            blocks.add(new Block(Block.Kind.PARAGRAPH, start, start + paragraph.length()));
            start += paragraph.length() + 2;
        }
        Metadata metadata = new Metadata("Council approves the harbour bridge", null, List.of(), null, null, "Reuters", null,
                "en", null, List.of(), null, null, null, "text");
        Provenance provenance = new Provenance("priming", "raw/priming.txt", null, null, null, null, body.length(), Instant.EPOCH.toString());
        return new CleanedDocument("priming", body, blocks, metadata, provenance, body.split("\\s+").length, "priming");
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime(extractor, 20);
        objects.prime(Keys.CLEANED);
        articles.prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to refresh
    }
}
