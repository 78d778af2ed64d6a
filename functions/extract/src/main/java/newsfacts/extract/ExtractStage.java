package newsfacts.extract;

import newsfacts.aws.ArticleStore;
import newsfacts.aws.Keys;
import newsfacts.aws.Log;
import newsfacts.aws.ObjectEvent;
import newsfacts.aws.ObjectStore;
import newsfacts.core.Json;
import newsfacts.core.extract.Extractor;
import newsfacts.core.model.ArticleRecord;
import newsfacts.core.model.ArticleStatus;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.Facts;
import newsfacts.core.model.Failure;
import newsfacts.core.model.FailureReason;

import java.time.Instant;
import java.util.Optional;

/** cleaned/&lt;id&gt;.json → the article record and its index items in DynamoDB. */
public final class ExtractStage {
    public static final String STAGE = "extract";

    public enum Outcome { EXTRACTED, FAILED, STALE, SKIPPED }

    private final ObjectStore objects;
    private final ArticleStore articles;
    private final Extractor extractor;

    public ExtractStage(ObjectStore objects, ArticleStore articles, Extractor extractor) {
        this.objects = objects;
        this.articles = articles;
        this.extractor = extractor;
    }

    public Outcome process(ObjectEvent event) {
        long started = System.nanoTime();
        String id = Keys.articleIdOfCleaned(event.key());
        if (id == null || !event.created()) return Outcome.SKIPPED;
        Optional<ObjectStore.StoredObject> object = objects.get(event.key());
        if (object.isEmpty()) return Outcome.SKIPPED; // removed since: the raw object was deleted
        Outcome outcome = extract(id, event, object.get().bytes());
        Log.event(STAGE, outcome.name(), "articleId", id, "size", object.get().bytes().length,
                "ms", (System.nanoTime() - started) / 1_000_000);
        return outcome;
    }

    private Outcome extract(String id, ObjectEvent event, byte[] json) {
        CleanedDocument doc;
        try {
            doc = Json.read(json, CleanedDocument.class);
            if (doc.body() == null || doc.provenance() == null || !id.equals(doc.articleId()))
                throw new IllegalArgumentException("missing body, provenance or a matching article id");
        } catch (RuntimeException e) {
            ArticleRecord failed = new ArticleRecord(id, ArticleStatus.FAILED, null, event.key(), null, null, 0, null,
                    new Failure(FailureReason.INVALID_DOCUMENT, STAGE, "the cleaned document is invalid: " + e.getMessage()),
                    Instant.now().toString());
            articles.save(failed, null);
            return Outcome.FAILED;
        }
        Facts facts = extractor.extract(doc);
        ArticleRecord record = new ArticleRecord(id, ArticleStatus.EXTRACTED, doc.provenance().key(), event.key(),
                doc.metadata(), doc.provenance(), doc.wordCount(), facts, null, Instant.now().toString());
        // ordered by the raw object's sequencer: the cleaned object is rewritten for every raw event
        return articles.save(record, doc.provenance().sequencer()) ? Outcome.EXTRACTED : Outcome.STALE;
    }
}
