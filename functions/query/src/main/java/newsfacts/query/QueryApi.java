package newsfacts.query;

import newsfacts.aws.ArticleStore;
import newsfacts.aws.Cursors;
import newsfacts.aws.IndexKeys;
import newsfacts.core.ArticleIds;
import newsfacts.core.Json;
import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.core.model.Page;
import newsfacts.core.model.Role;
import newsfacts.core.model.Statement;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The read API over the article store, free of API Gateway types: a method, a route template
 * ({@code /articles/{id}}), path and query parameters in, a response out. Every route is a Query
 * on a key, never a Scan.
 */
public final class QueryApi {
    public static final List<String> ROUTES = List.of("/health", "/articles", "/articles/{id}", "/entities/{name}", "/statements");
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    /** Names as organisations spell them ("Yahoo!", "E*Trade", "AT&T", "C++"); never quotes, braces, '=' or ';'. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N} .,'’&()\\-/!*+@]{1,200}");

    private final ArticleStore store;

    public QueryApi(ArticleStore store) {
        this.store = store;
    }

    /** Thrown for a parameter the API cannot accept; answered 400 naming it. */
    static final class BadParameter extends RuntimeException {
        final String parameter;

        BadParameter(String parameter, String why) {
            super(why);
            this.parameter = parameter;
        }
    }

    public ApiResponse handle(String method, String route, Map<String, String> path, Map<String, String> query) {
        if (route == null || !ROUTES.contains(route)) return ApiResponse.notFound("no such route");
        if (!"GET".equals(method)) return ApiResponse.problem(405, "Method Not Allowed", method + " is not allowed; use GET", null);
        Map<String, String> params = query == null ? Map.of() : query;
        try {
            return switch (route) {
                case "/health" -> ApiResponse.ok(Map.of("status", "ok"));
                case "/articles/{id}" -> article(path.get("id"));
                case "/articles" -> articles(params);
                case "/entities/{name}" -> entity(path.get("name"), params);
                case "/statements" -> statements(params);
                default -> ApiResponse.notFound("no such route");
            };
        } catch (BadParameter e) {
            return ApiResponse.badRequest(e.parameter, e.getMessage());
        } catch (Cursors.InvalidCursorException e) {
            return ApiResponse.badRequest("cursor", e.getMessage());
        }
    }

    private ApiResponse article(String id) {
        if (!ArticleIds.isValid(id)) throw new BadParameter("id", "an article id is 20 lowercase hex characters");
        return store.get(id).<ApiResponse>map(ApiResponse::ok).orElseGet(() -> ApiResponse.notFound("no article " + id));
    }

    private ApiResponse articles(Map<String, String> p) {
        String entity = name(p, "entity");
        String site = name(p, "source");
        String lang = optional(p, "language", "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?", "a language code such as en or pt-BR");
        String status = optional(p, "status", "(?i)EXTRACTED|FAILED|DELETED", "one of EXTRACTED, FAILED, DELETED");
        String type = optional(p, "type", "(?i)PERSON|ORGANIZATION|LOCATION|MISC", "one of PERSON, ORGANIZATION, LOCATION, MISC");
        String from = date(p, "from"), to = date(p, "to");
        checkRange(from, to);
        int limit = limit(p);
        String partition;
        var filters = new ArticleStore.Filters(site, lang, status == null ? null : status.toUpperCase(),
                type == null ? null : EntityType.valueOf(type.toUpperCase()).name(), null);
        if (entity != null) partition = IndexKeys.list("entity", canonical(entity));
        else if (site != null) partition = IndexKeys.list("site", site);
        else if (lang != null) partition = IndexKeys.list("lang", lang);
        else if (status != null) partition = IndexKeys.list("status", status.toUpperCase());
        else if (type != null) partition = IndexKeys.list("type", filters.entityType());
        else partition = IndexKeys.list("all", null);
        return ApiResponse.ok(store.list(partition, filters, from, to, limit, p.get("cursor")));
    }

    private ApiResponse entity(String rawName, Map<String, String> p) {
        String name = requireName("name", rawName);
        String canonical = canonical(name);
        String from = date(p, "from"), to = date(p, "to");
        Page<Map<String, AttributeValue>> page = store.items(IndexKeys.list("entity", canonical), from, to, MAX_LIMIT, p.get("cursor"));
        // unknown is 404; known but not mentioned within the dates is an empty answer
        boolean dated = from != null || to != null;
        boolean unknown = page.items().isEmpty() && p.get("cursor") == null
                && (!dated || store.items(IndexKeys.list("entity", canonical), null, null, 1, null).items().isEmpty());
        if (unknown) return ApiResponse.notFound("no entity " + name);
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> aliases = new LinkedHashSet<>();
        List<Map<String, Object>> roles = new ArrayList<>();
        Map<String, Integer> mentionsByMonth = new TreeMap<>();
        Map<String, Integer> cooccurring = new LinkedHashMap<>();
        List<String> articles = new ArrayList<>();
        Entity first = null;
        for (Map<String, AttributeValue> item : page.items()) {
            Entity e = Json.read(item.get("entity").s(), Entity.class);
            if (first == null) first = e;
            aliases.addAll(e.aliases());
            String articleId = ArticleStore.s(item, "articleId");
            String published = ArticleStore.s(item, "published");
            articles.add(articleId);
            mentionsByMonth.merge(published == null ? "unknown" : published.substring(0, Math.min(7, published.length())), e.mentionCount(), Integer::sum);
            if (item.containsKey("roles")) {
                for (Role r : Json.read(item.get("roles").s(), Role[].class)) {
                    Map<String, Object> role = new LinkedHashMap<>();
                    role.put("position", r.position());
                    role.put("organization", r.organization());
                    role.put("asOf", r.asOf());
                    role.put("articleId", articleId);
                    roles.add(role);
                }
            }
            if (item.containsKey("cooccurring")) for (String other : item.get("cooccurring").ss()) cooccurring.merge(other, 1, Integer::sum);
        }
        out.put("name", first == null ? canonical : first.name());
        out.put("type", first == null ? null : first.type());
        out.put("aliases", aliases);
        out.put("roles", roles);
        out.put("mentionsByMonth", mentionsByMonth);
        out.put("articles", articles);
        out.put("cooccurring", cooccurring.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(20).map(e -> Map.of("name", e.getKey(), "articles", e.getValue())).toList());
        out.put("cursor", page.cursor());
        return ApiResponse.ok(out);
    }

    private ApiResponse statements(Map<String, String> p) {
        String speaker = name(p, "speaker");
        String entity = name(p, "entity");
        String from = date(p, "from"), to = date(p, "to");
        checkRange(from, to);
        String mentioned = entity == null ? null : canonical(entity);
        String partition = speaker != null ? IndexKeys.statements("speaker", canonical(speaker))
                : mentioned != null ? IndexKeys.statements("mention", mentioned)
                : IndexKeys.statements("all", null);
        // both given: the speaker's partition, narrowed to statements that mention the entity
        var filters = speaker != null && mentioned != null ? ArticleStore.Filters.mentioning(mentioned) : ArticleStore.Filters.NONE;
        Page<Map<String, AttributeValue>> page = store.items(partition, filters, from, to, limit(p), p.get("cursor"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, AttributeValue> item : page.items()) {
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("articleId", ArticleStore.s(item, "articleId"));
            st.put("published", ArticleStore.s(item, "published"));
            st.put("statement", Json.read(item.get("statement").s(), Statement.class));
            items.add(st);
        }
        return ApiResponse.ok(new Page<>(items, page.cursor()));
    }

    private String canonical(String name) {
        return store.canonicalName(name);
    }

    // ---- parameters

    private static String name(Map<String, String> p, String key) {
        String v = p.get(key);
        return v == null || v.isBlank() ? null : requireName(key, v);
    }

    private static String requireName(String key, String v) {
        // NFKC, as the keys are: a no-break space pasted from a page is a space
        String name = v == null ? "" : Normalizer.normalize(v, Normalizer.Form.NFKC).strip();
        if (!NAME.matcher(name).matches())
            throw new BadParameter(key, "a name is 1 to 200 letters, digits, spaces and . , ' & ( ) - / ! * + @");
        return name;
    }

    private static String optional(Map<String, String> p, String key, String pattern, String what) {
        String v = p.get(key);
        if (v == null || v.isBlank()) return null;
        if (!v.matches(pattern)) throw new BadParameter(key, "expected " + what);
        return v;
    }

    private static String date(Map<String, String> p, String key) {
        String v = p.get(key);
        if (v == null || v.isBlank()) return null;
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw new BadParameter(key, "expected a date as YYYY-MM-DD");
        }
    }

    private static void checkRange(String from, String to) {
        if (from != null && to != null && from.compareTo(to) > 0) throw new BadParameter("from", "is after to");
    }

    private static int limit(Map<String, String> p) {
        String v = p.get("limit");
        if (v == null || v.isBlank()) return DEFAULT_LIMIT;
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= MAX_LIMIT) return n;
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new BadParameter("limit", "expected a whole number from 1 to " + MAX_LIMIT);
    }
}
