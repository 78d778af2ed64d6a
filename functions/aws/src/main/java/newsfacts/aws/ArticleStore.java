package newsfacts.aws;

import newsfacts.core.Json;
import newsfacts.core.model.ArticleRecord;
import newsfacts.core.model.ArticleStatus;
import newsfacts.core.model.ArticleSummary;
import newsfacts.core.model.Entity;
import newsfacts.core.model.FailureReason;
import newsfacts.core.model.Page;
import newsfacts.core.model.Role;
import newsfacts.core.model.Span;
import newsfacts.core.model.Statement;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static newsfacts.aws.IndexKeys.PK;
import static newsfacts.aws.IndexKeys.SK;

/**
 * Article records and their index items in one DynamoDB table (layout in {@link IndexKeys}).
 * Writes are idempotent and ordered: a record carries its raw object's event sequencer, and an
 * older event never overwrites a newer record.
 */
public final class ArticleStore {
    /** Records above this are gzipped and split, keeping every item far below DynamoDB's 400 KB. */
    static final int INLINE_LIMIT = 300_000;
    static final int PART_SIZE = 300_000;
    /** How many of an article's most salient other entities an entity item lists as appearing with it. */
    static final int COOCCURRING = 20;
    static final int SUMMARY_TITLE = 500;

    private final DynamoDbClient dynamo;
    private final String table;

    public ArticleStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * Stores a record and its index items. Returns false, writing nothing, when the table already
     * holds the record of a later event for the same raw key. {@code sequencer} is the raw object's
     * S3 event sequencer, null for a reprocessing event.
     */
    public boolean save(ArticleRecord record, String sequencer) {
        Map<String, AttributeValue> current = item(IndexKeys.article(record.articleId()), IndexKeys.RECORD);
        String etag = record.provenance() == null ? null : record.provenance().etag();
        // A reprocessing event (backfill, manual invoke) has no sequencer: it may redo the record of the
        // same object content, in that record's place in the order, but never replace newer content.
        String seq = sequencer == null && current != null && etag != null && etag.equals(s(current, "etag"))
                ? s(current, "seq") : Sequencer.comparable(sequencer);
        if (current != null && seq.compareTo(s(current, "seq")) < 0) return false;

        Map<Key, Map<String, AttributeValue>> index = indexItems(record);
        Set<Key> previous = current == null ? Set.of() : keys(current.get("indexKeys"));
        Set<Key> union = new LinkedHashSet<>(previous);
        union.addAll(index.keySet());
        List<Map<String, AttributeValue>> parts = recordItems(record);
        Map<String, AttributeValue> main = parts.get(0);
        main.put("seq", str(seq));
        if (etag != null) main.put("etag", str(etag));
        // Until the stale index items are gone, the record lists them too, so a retry after a crash still finds them.
        main.put("indexKeys", keyList(union));
        try {
            dynamo.putItem(b -> b.tableName(table).item(main)
                    .conditionExpression("attribute_not_exists(PK) OR seq <= :seq")
                    .expressionAttributeValues(Map.of(":seq", str(seq))));
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
        List<WriteRequest> writes = new ArrayList<>();
        for (Map<String, AttributeValue> part : parts.subList(1, parts.size()))
            writes.add(WriteRequest.builder().putRequest(p -> p.item(part)).build());
        index.values().forEach(item -> writes.add(WriteRequest.builder().putRequest(p -> p.item(item)).build()));
        for (Key stale : previous) {
            // only items this article owns (their sort key carries its id): alias items used to be shared
            if (!index.containsKey(stale) && stale.sk().contains(record.articleId()))
                writes.add(WriteRequest.builder().deleteRequest(d -> d.key(stale.attributes())).build());
        }
        batchWrite(writes);
        dynamo.updateItem(b -> b.tableName(table).key(new Key(IndexKeys.article(record.articleId()), IndexKeys.RECORD).attributes())
                .updateExpression("SET indexKeys = :keys")
                .conditionExpression("seq = :seq")
                .expressionAttributeValues(Map.of(":keys", keyList(index.keySet()), ":seq", str(seq))));
        return true;
    }

    /**
     * A real, harmless GetItem of a record that does not exist, so the first event finds the SDK's
     * request path loaded and run once and a connection open. Failures are ignored (see ObjectStore.prime).
     */
    public void prime() {
        try {
            dynamo.getItem(b -> b.tableName(table).key(new Key(IndexKeys.article("priming"), IndexKeys.RECORD).attributes())
                    .overrideConfiguration(o -> o.apiCallTimeout(Clients.PRIMING_TIMEOUT)));
        } catch (RuntimeException e) {
            // see ObjectStore.prime
        }
    }

    public Optional<ArticleRecord> get(String articleId) {
        Map<String, AttributeValue> main = item(IndexKeys.article(articleId), IndexKeys.RECORD);
        if (main == null) return Optional.empty();
        if (main.containsKey("record")) return Optional.of(Json.read(s(main, "record"), ArticleRecord.class));
        int parts = Integer.parseInt(main.get("parts").n());
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        for (Map<String, AttributeValue> part : queryAll(IndexKeys.article(articleId), IndexKeys.RECORD_PART, parts))
            gz.writeBytes(part.get("data").b().asByteArray());
        return Optional.of(Json.read(gunzip(gz.toByteArray()), ArticleRecord.class));
    }

    /** The articles under one facet partition, newest first, within an optional date range. */
    public Page<ArticleSummary> list(String partition, Filters filters, String from, String to, int limit, String cursor) {
        Page<Map<String, AttributeValue>> page = items(partition, filters, from, to, limit, cursor);
        List<ArticleSummary> items = new ArrayList<>();
        for (Map<String, AttributeValue> it : page.items()) items.add(summary(it));
        return new Page<>(items, page.cursor());
    }

    /** The raw index items of a facet partition (entity and statement pages read their attributes). */
    public Page<Map<String, AttributeValue>> items(String partition, String from, String to, int limit, String cursor) {
        return items(partition, Filters.NONE, from, to, limit, cursor);
    }

    /** One more item than asked is read, so a page that ends the list says so instead of leading to an empty one. */
    public Page<Map<String, AttributeValue>> items(String partition, Filters filters, String from, String to, int limit, String cursor) {
        QueryResponse r = dynamo.query(rangeQuery(partition, filters, from, to, limit + 1, cursor));
        if (r.items().size() <= limit) return new Page<>(r.items(), Cursors.next(r));
        List<Map<String, AttributeValue>> page = r.items().subList(0, limit);
        return new Page<>(page, Cursors.after(page.get(limit - 1)));
    }

    /**
     * The canonical name a name or alias stands for, the name itself when unknown. An alias has an item
     * per article that uses it, sorted by canonical name: where it stands for several ("Georgia"), the first.
     */
    public String canonicalName(String nameOrAlias) {
        QueryResponse r = dynamo.query(b -> b.tableName(table).keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", str(IndexKeys.alias(nameOrAlias)))).limit(1).consistentRead(true));
        return r.items().isEmpty() ? nameOrAlias : s(r.items().get(0), "canonical");
    }

    /**
     * Conditions on summary attributes, applied by DynamoDB within the Query (so pages stay correct).
     * Values are matched in normalised form; null means no condition.
     */
    public record Filters(String site, String language, String status, String entityType, String mentioned) {
        public static final Filters NONE = new Filters(null, null, null, null, null);

        /** Statements whose content mentions this (canonical) entity. */
        public static Filters mentioning(String entity) {
            return new Filters(null, null, null, null, entity);
        }
    }

    private QueryRequest rangeQuery(String partition, Filters filters, String from, String to, int limit, String cursor) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", PK));
        if (from != null || to != null) names.put("#sk", SK);
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pk", str(partition));
        String condition = "#pk = :pk";
        // date#id sort keys: "from" as a date is a lower bound, "to" plus a high character includes that whole day
        if (from != null && to != null) {
            condition += " AND #sk BETWEEN :from AND :to";
            values.put(":from", str(from));
            values.put(":to", str(to + "\uffff"));
        } else if (from != null) {
            condition += " AND #sk >= :from";
            values.put(":from", str(from));
        } else if (to != null) {
            condition += " AND #sk <= :to";
            values.put(":to", str(to + "\uffff"));
        }
        List<String> filter = new ArrayList<>();
        if (filters.site() != null) { filter.add("siteKey = :site"); values.put(":site", str(IndexKeys.normalise(filters.site()))); }
        if (filters.language() != null) { filter.add("langKey = :lang"); values.put(":lang", str(IndexKeys.normalise(filters.language()))); }
        if (filters.status() != null) { filter.add("#status = :status"); values.put(":status", str(filters.status())); names.put("#status", "status"); }
        if (filters.entityType() != null) { filter.add("contains(#types, :type)"); values.put(":type", str(filters.entityType())); names.put("#types", "types"); }
        if (filters.mentioned() != null) { filter.add("contains(mentionKeys, :mentioned)"); values.put(":mentioned", str(IndexKeys.normalise(filters.mentioned()))); }
        var builder = QueryRequest.builder().tableName(table).keyConditionExpression(condition)
                .expressionAttributeNames(names).expressionAttributeValues(values)
                .scanIndexForward(false).limit(limit);
        if (!filter.isEmpty()) builder.filterExpression(String.join(" AND ", filter));
        Map<String, AttributeValue> start = Cursors.decode(cursor, partition);
        if (start != null) builder.exclusiveStartKey(start);
        return builder.build();
    }

    // ---- writing

    private Map<Key, Map<String, AttributeValue>> indexItems(ArticleRecord record) {
        Map<Key, Map<String, AttributeValue>> items = new LinkedHashMap<>();
        String id = record.articleId();
        String date = sortDate(record);
        Map<String, AttributeValue> summary = summaryAttributes(record);
        // a tombstone is listed under its status only: the list of all articles is of those that exist
        if (record.status() != ArticleStatus.DELETED) addListItem(items, IndexKeys.list("all", null), date, id, summary);
        addListItem(items, IndexKeys.list("status", record.status().name()), date, id, summary);
        if (record.status() == ArticleStatus.DELETED) return items;
        var meta = record.metadata();
        if (meta != null && meta.siteName() != null) addListItem(items, IndexKeys.list("site", meta.siteName()), date, id, summary);
        if (meta != null && meta.language() != null) addListItem(items, IndexKeys.list("lang", meta.language()), date, id, summary);
        if (record.facts() == null) return items;
        Set<String> types = new LinkedHashSet<>();
        List<String> salient = record.facts().entities().stream()
                .sorted(java.util.Comparator.comparingDouble(Entity::salience).reversed()).map(Entity::name).distinct().limit(COOCCURRING + 1).toList();
        for (Entity e : record.facts().entities()) {
            Map<String, AttributeValue> entity = new HashMap<>(summary);
            List<String> others = salient.stream().filter(n -> !n.equals(e.name())).limit(COOCCURRING).toList();
            if (!others.isEmpty()) entity.put("cooccurring", AttributeValue.fromSs(others));
            entity.put("entity", str(Json.write(new Entity(e.name(), e.type(), e.aliases(), List.of(), e.mentionCount(), e.salience()))));
            List<Role> roles = record.facts().roles().stream().filter(r -> e.name().equals(r.person())).toList();
            if (!roles.isEmpty()) entity.put("roles", str(Json.write(roles)));
            addListItem(items, IndexKeys.list("entity", e.name()), date, id, entity);
            types.add(e.type().name());
            for (String alias : aliasesOf(e)) {
                Key key = new Key(IndexKeys.alias(alias), IndexKeys.aliasOf(e.name(), id));
                items.put(key, withKey(key, Map.of("canonical", str(e.name()))));
            }
        }
        for (String type : types) addListItem(items, IndexKeys.list("type", type), date, id, summary);
        List<Statement> statements = record.facts().statements();
        for (int i = 0; i < statements.size(); i++) {
            Statement st = statements.get(i);
            Map<String, AttributeValue> attrs = new HashMap<>(summary);
            attrs.put("statement", str(Json.write(st)));
            String sk = IndexKeys.dated(date, id) + "#" + String.format("%04d", i);
            Span content = st.content();
            List<String> mentioned = content == null ? List.of() : record.facts().entities().stream().filter(e -> e.mentions().stream()
                    .anyMatch(m -> m.start() >= content.start() && m.end() <= content.end())).map(Entity::name).toList();
            // so a speaker's statements can be narrowed to those mentioning an entity within the speaker's partition
            if (!mentioned.isEmpty())
                attrs.put("mentionKeys", AttributeValue.fromSs(mentioned.stream().map(IndexKeys::normalise).distinct().toList()));
            addItem(items, new Key(IndexKeys.statements("all", null), sk), attrs);
            if (st.speaker() != null) addItem(items, new Key(IndexKeys.statements("speaker", st.speaker()), sk), attrs);
            for (String entity : mentioned) addItem(items, new Key(IndexKeys.statements("mention", entity), sk), attrs);
        }
        return items;
    }

    private static Set<String> aliasesOf(Entity e) {
        Set<String> names = new LinkedHashSet<>();
        names.add(e.name());
        names.addAll(e.aliases());
        e.mentions().forEach(m -> names.add(m.text()));
        return names;
    }

    private static void addListItem(Map<Key, Map<String, AttributeValue>> items, String partition, String date, String id,
                                    Map<String, AttributeValue> attrs) {
        addItem(items, new Key(partition, IndexKeys.dated(date, id)), attrs);
    }

    private static void addItem(Map<Key, Map<String, AttributeValue>> items, Key key, Map<String, AttributeValue> attrs) {
        items.put(key, withKey(key, attrs));
    }

    private static Map<String, AttributeValue> withKey(Key key, Map<String, AttributeValue> attrs) {
        Map<String, AttributeValue> item = new HashMap<>(attrs);
        item.putAll(key.attributes());
        return item;
    }

    private static String sortDate(ArticleRecord record) {
        var meta = record.metadata();
        String date = meta != null && meta.published() != null ? meta.published() : record.updatedAt();
        return date == null ? "0000-00-00" : date;
    }

    private static Map<String, AttributeValue> summaryAttributes(ArticleRecord record) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("articleId", str(record.articleId()));
        m.put("status", str(record.status().name()));
        putIfPresent(m, "rawKey", record.rawKey());
        if (record.failure() != null) m.put("failureReason", str(record.failure().reason().name()));
        var meta = record.metadata();
        if (meta != null) {
            // summaries are copied into every index item: a runaway title must not multiply
            putIfPresent(m, "title", meta.title() == null || meta.title().length() <= SUMMARY_TITLE ? meta.title() : meta.title().substring(0, SUMMARY_TITLE));
            putIfPresent(m, "published", meta.published());
            putIfPresent(m, "siteName", meta.siteName());
            putIfPresent(m, "language", meta.language());
            if (meta.siteName() != null) putIfPresent(m, "siteKey", IndexKeys.normalise(meta.siteName()));
            if (meta.language() != null) putIfPresent(m, "langKey", IndexKeys.normalise(meta.language()));
        }
        if (record.facts() != null && !record.facts().entities().isEmpty())
            m.put("types", AttributeValue.fromSs(record.facts().entities().stream().map(e -> e.type().name()).distinct().toList()));
        return m;
    }

    private List<Map<String, AttributeValue>> recordItems(ArticleRecord record) {
        byte[] json = Json.write(record).getBytes(StandardCharsets.UTF_8);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> main = new HashMap<>(summaryAttributes(record));
        main.putAll(new Key(IndexKeys.article(record.articleId()), IndexKeys.RECORD).attributes());
        putIfPresent(main, "updatedAt", record.updatedAt());
        items.add(main);
        if (json.length <= INLINE_LIMIT) {
            main.put("record", str(new String(json, StandardCharsets.UTF_8)));
            return items;
        }
        byte[] gz = gzip(json);
        int count = (gz.length + PART_SIZE - 1) / PART_SIZE;
        main.put("parts", AttributeValue.fromN(Integer.toString(count)));
        for (int i = 0; i < count; i++) {
            byte[] chunk = java.util.Arrays.copyOfRange(gz, i * PART_SIZE, Math.min(gz.length, (i + 1) * PART_SIZE));
            Map<String, AttributeValue> part = new HashMap<>(new Key(IndexKeys.article(record.articleId()),
                    IndexKeys.RECORD_PART + String.format("%03d", i)).attributes());
            part.put("data", AttributeValue.fromB(SdkBytes.fromByteArray(chunk)));
            items.add(part);
        }
        return items;
    }

    private void batchWrite(List<WriteRequest> writes) {
        for (int i = 0; i < writes.size(); i += 25) {
            Map<String, List<WriteRequest>> pending = Map.of(table, writes.subList(i, Math.min(writes.size(), i + 25)));
            // unprocessed items come back under throttling: retry them a bounded number of times, then fail loudly
            for (int attempt = 0; !pending.isEmpty() && !pending.getOrDefault(table, List.of()).isEmpty(); attempt++) {
                if (attempt == 8) throw new IllegalStateException("DynamoDB kept items unprocessed after 8 attempts");
                Map<String, List<WriteRequest>> request = pending;
                pending = dynamo.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
                if (!pending.isEmpty()) sleep(50L << attempt);
            }
        }
    }

    // ---- reading

    private Map<String, AttributeValue> item(String pk, String sk) {
        var r = dynamo.getItem(b -> b.tableName(table).key(new Key(pk, sk).attributes()).consistentRead(true));
        return r.hasItem() && !r.item().isEmpty() ? r.item() : null;
    }

    private List<Map<String, AttributeValue>> queryAll(String pk, String skPrefix, int max) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pk", str(pk));
        String condition = "PK = :pk";
        if (skPrefix != null) {
            condition += " AND begins_with(SK, :prefix)";
            values.put(":prefix", str(skPrefix));
        }
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            var builder = QueryRequest.builder().tableName(table).keyConditionExpression(condition)
                    .expressionAttributeValues(values).consistentRead(true);
            if (start != null) builder.exclusiveStartKey(start);
            QueryResponse r = dynamo.query(builder.build());
            out.addAll(r.items());
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null && out.size() < max);
        return out;
    }

    static ArticleSummary summary(Map<String, AttributeValue> it) {
        return new ArticleSummary(s(it, "articleId"), s(it, "title"), s(it, "published"), s(it, "siteName"),
                s(it, "language"), it.containsKey("status") ? ArticleStatus.valueOf(s(it, "status")) : null,
                s(it, "rawKey"), it.containsKey("failureReason") ? FailureReason.valueOf(s(it, "failureReason")) : null);
    }

    // ---- small helpers

    record Key(String pk, String sk) {
        Map<String, AttributeValue> attributes() { return Map.of(PK, str(pk), SK, str(sk)); }
    }

    private static AttributeValue keyList(Set<Key> keys) {
        List<AttributeValue> list = new ArrayList<>();
        for (Key k : keys) list.add(AttributeValue.fromM(k.attributes()));
        return AttributeValue.fromL(list);
    }

    private static Set<Key> keys(AttributeValue list) {
        Set<Key> out = new LinkedHashSet<>();
        if (list == null || !list.hasL()) return out;
        for (AttributeValue v : list.l()) out.add(new Key(v.m().get(PK).s(), v.m().get(SK).s()));
        return out;
    }

    public static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    static AttributeValue str(String s) { return AttributeValue.fromS(s); }

    private static void putIfPresent(Map<String, AttributeValue> m, String name, String value) {
        if (value != null && !value.isEmpty()) m.put(name, str(value));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}
