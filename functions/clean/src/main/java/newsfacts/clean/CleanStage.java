package newsfacts.clean;

import newsfacts.aws.ArticleStore;
import newsfacts.aws.Keys;
import newsfacts.aws.Limits;
import newsfacts.aws.Log;
import newsfacts.aws.ObjectEvent;
import newsfacts.aws.ObjectStore;
import newsfacts.core.ArticleIds;
import newsfacts.core.Json;
import newsfacts.core.TimeBudget;
import newsfacts.core.clean.Cleaner;
import newsfacts.core.clean.CleaningException;
import newsfacts.core.model.ArticleRecord;
import newsfacts.core.model.ArticleStatus;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.Failure;
import newsfacts.core.model.FailureReason;
import newsfacts.core.model.Provenance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * raw/ object → cleaned/&lt;id&gt;.json. A file that cannot be cleaned gets a FAILED record and the call
 * returns normally (retrying would fail again); an AWS error propagates so Lambda retries it.
 */
public final class CleanStage {
    public static final String STAGE = "clean";
    public enum Outcome { CLEANED, FAILED, DELETED, SKIPPED }

    private final ObjectStore objects;
    /** Only a failed or deleted upload writes a record here: a cleaned one is recorded by extraction. */
    private final Supplier<ArticleStore> articles;
    private final Cleaner cleaner;
    private final Limits limits;

    public CleanStage(ObjectStore objects, ArticleStore articles, Cleaner cleaner, Limits limits) {
        this(objects, () -> articles, cleaner, limits);
    }

    public CleanStage(ObjectStore objects, Supplier<ArticleStore> articles, Cleaner cleaner, Limits limits) {
        this.objects = objects;
        this.articles = articles;
        this.cleaner = cleaner;
        this.limits = limits;
    }

    public Outcome process(ObjectEvent event) {
        long started = System.nanoTime();
        if (!event.key().startsWith(Keys.RAW)) return Outcome.SKIPPED;
        String id = Keys.articleIdOfRaw(event.key());
        Outcome outcome = event.created() ? clean(id, event) : remove(id, event);
        // a failure was logged with its reason where it was recorded
        if (outcome != Outcome.FAILED) Log.event(STAGE, outcome.name(), "articleId", id, "size", event.size(),
                "ms", (System.nanoTime() - started) / 1_000_000);
        return outcome;
    }

    private Outcome clean(String id, ObjectEvent event) {
        Instant now = Instant.now();
        // S3's event names the size; only an event without one (a manual invoke) costs a HEAD
        Optional<Long> size = event.size() > 0 ? Optional.of(event.size()) : objects.size(event.key());
        if (size.isEmpty()) return Outcome.SKIPPED; // deleted since: its ObjectRemoved event follows
        // refused before it is read: the function's memory is the bound
        if (size.get() > limits.maxInputBytes()) return tooLarge(id, event, size.get(), now);
        Optional<ObjectStore.StoredObject> object = objects.get(event.key());
        if (object.isEmpty()) return Outcome.SKIPPED;
        byte[] bytes = object.get().bytes();
        if (bytes.length > limits.maxInputBytes()) return tooLarge(id, event, bytes.length, now); // replaced by a larger upload since
        Provenance provenance = provenance(event, object.get(), ArticleIds.sha256Hex(bytes), bytes.length, now);
        CleanedDocument doc;
        try {
            doc = TimeBudget.run(() -> cleaner.clean(id, bytes, event.key(), provenance, now), limits.timeBudget());
        } catch (CleaningException e) {
            return fail(id, event, provenance, e.reason(), e.getMessage());
        } catch (TimeBudget.Exceeded e) {
            return fail(id, event, provenance, FailureReason.TIME_BUDGET, "cleaning " + e.getMessage());
        } catch (StackOverflowError e) {
            return fail(id, event, provenance, FailureReason.TOO_COMPLEX, "the document nests too deeply to clean");
        } catch (Exception e) {
            // a bug of ours on this input: retrying meets it again, so it is recorded, not retried
            return fail(id, event, provenance, FailureReason.INTERNAL_ERROR, "cleaning failed: " + e.getClass().getSimpleName());
        }
        objects.putJson(Keys.cleanedKey(id), Json.write(doc).getBytes(StandardCharsets.UTF_8));
        return Outcome.CLEANED;
    }

    private Outcome tooLarge(String id, ObjectEvent event, long size, Instant now) {
        return fail(id, event, provenance(event, null, null, size, now), FailureReason.TOO_LARGE,
                "the upload has " + size + " bytes; the limit is " + limits.maxInputBytes());
    }

    private Outcome remove(String id, ObjectEvent event) {
        objects.delete(Keys.cleanedKey(id));
        ArticleRecord tombstone = new ArticleRecord(id, ArticleStatus.DELETED, event.key(), null, null,
                provenance(event, null, null, 0, Instant.now()), 0, null, null, Instant.now().toString());
        articles.get().save(tombstone, event.sequencer());
        return Outcome.DELETED;
    }

    private Outcome fail(String id, ObjectEvent event, Provenance provenance, FailureReason reason, String message) {
        ArticleRecord failed = new ArticleRecord(id, ArticleStatus.FAILED, event.key(), null, null, provenance, 0,
                null, new Failure(reason, STAGE, message), Instant.now().toString());
        // the article the key held before is gone: its cleaned text goes too (unless this event is older)
        if (articles.get().save(failed, event.sequencer())) objects.delete(Keys.cleanedKey(id));
        Log.event(STAGE, "FAILED", "articleId", id, "reason", reason.name());
        return Outcome.FAILED;
    }

    private Provenance provenance(ObjectEvent event, ObjectStore.StoredObject object, String sha256, long size, Instant now) {
        return new Provenance(event.bucket(), event.key(),
                object != null && object.versionId() != null ? object.versionId() : event.versionId(),
                object != null && object.etag() != null ? object.etag() : event.etag(),
                event.sequencer(), sha256, size, now.toString());
    }
}
