package newsfacts.extract;

import newsfacts.aws.ArticleStore;
import newsfacts.aws.Keys;
import newsfacts.aws.Limits;
import newsfacts.aws.Log;
import newsfacts.aws.ObjectEvent;
import newsfacts.aws.ObjectStore;
import newsfacts.core.Json;
import newsfacts.core.TimeBudget;
import newsfacts.core.model.Entity;
import newsfacts.core.model.Statement;
import newsfacts.core.extract.Extractor;
import newsfacts.core.model.ArticleRecord;
import newsfacts.core.model.ArticleStatus;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.Facts;
import newsfacts.core.model.Failure;
import newsfacts.core.model.FailureReason;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** cleaned/&lt;id&gt;.json → the article record and its index items in DynamoDB. */
public final class ExtractStage {
    public static final String STAGE = "extract";

    public enum Outcome { EXTRACTED, FAILED, STALE, SKIPPED }

    private final ObjectStore objects;
    private final ArticleStore articles;
    private final Extractor extractor;
    private final Limits limits;

    public ExtractStage(ObjectStore objects, ArticleStore articles, Extractor extractor, Limits limits) {
        this.objects = objects;
        this.articles = articles;
        this.extractor = extractor;
        this.limits = limits;
    }

    public Outcome process(ObjectEvent event) {
        long started = System.nanoTime();
        String id = Keys.articleIdOfCleaned(event.key());
        if (id == null || !event.created()) return Outcome.SKIPPED;
        Optional<ObjectStore.StoredObject> object = objects.get(event.key());
        if (object.isEmpty()) return Outcome.SKIPPED; // removed since: the raw object was deleted
        Outcome outcome = extract(id, event, object.get().bytes());
        // a failure was logged with its reason where it was recorded
        if (outcome != Outcome.FAILED) Log.event(STAGE, outcome.name(), "articleId", id, "size", object.get().bytes().length,
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
            return fail(id, event, null, FailureReason.INVALID_DOCUMENT, "the cleaned document is invalid: " + e.getClass().getSimpleName());
        }
        CleanedDocument input = doc.withBodyLimit(limits.maxBodyChars()); // the whole body stays in the cleaned object
        Facts facts;
        try {
            facts = bounded(TimeBudget.run(() -> extractor.extract(input), limits.timeBudget()), input != doc);
        } catch (TimeBudget.Exceeded e) {
            return fail(id, event, doc, FailureReason.TIME_BUDGET, "extraction " + e.getMessage());
        } catch (StackOverflowError e) {
            return fail(id, event, doc, FailureReason.TOO_COMPLEX, "the document is too complex to extract");
        } catch (Exception e) {
            // a bug of ours on this input: retrying meets it again, so it is recorded, not retried
            return fail(id, event, doc, FailureReason.INTERNAL_ERROR, "extraction failed: " + e.getClass().getSimpleName());
        }
        ArticleRecord record = new ArticleRecord(id, ArticleStatus.EXTRACTED, doc.provenance().key(), event.key(),
                doc.metadata(), doc.provenance(), doc.wordCount(), facts, null, Instant.now().toString());
        // ordered by the raw object's sequencer: the cleaned object is rewritten for every raw event
        return articles.save(record, doc.provenance().sequencer()) ? Outcome.EXTRACTED : Outcome.STALE;
    }

    private Outcome fail(String id, ObjectEvent event, CleanedDocument doc, FailureReason reason, String message) {
        var provenance = doc == null ? null : doc.provenance();
        ArticleRecord failed = new ArticleRecord(id, ArticleStatus.FAILED, provenance == null ? null : provenance.key(), event.key(),
                doc == null ? null : doc.metadata(), provenance, doc == null ? 0 : doc.wordCount(), null,
                new Failure(reason, STAGE, message), Instant.now().toString());
        Log.event(STAGE, "FAILED", "articleId", id, "reason", reason.name());
        return articles.save(failed, provenance == null ? null : provenance.sequencer()) ? Outcome.FAILED : Outcome.STALE;
    }

    /** Keeps a record within its limits (and DynamoDB's item size): the most salient entities, the first statements. */
    private Facts bounded(Facts f, boolean bodyCut) {
        if (bodyCut) f = f.withNotExtracted("text beyond the first " + limits.maxBodyChars() + " characters");
        if (f.entities().size() > limits.maxEntities()) {
            f = new Facts(f.entities().stream().sorted(Comparator.comparingDouble(Entity::salience).reversed()).limit(limits.maxEntities()).toList(),
                    f.roles(), f.statements(), f.dates(), f.quantities(), f.keywords(), f.summary(), f.notExtracted(), f.extractorVersion())
                    .withNotExtracted("entities beyond the " + limits.maxEntities() + " most salient");
        }
        if (f.statements().size() > limits.maxStatements()) {
            f = new Facts(f.entities(), f.roles(), f.statements().subList(0, limits.maxStatements()), f.dates(), f.quantities(),
                    f.keywords(), f.summary(), f.notExtracted(), f.extractorVersion())
                    .withNotExtracted("statements beyond the first " + limits.maxStatements());
        }
        return f;
    }
}
