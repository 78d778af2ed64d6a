package newsfacts.core.clean;

import newsfacts.core.Json;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page says about itself: JSON-LD, OpenGraph and other meta tags, {@code <time>},
 * bylines, the URL and, last, dates in the text. Read before the page is pruned.
 * <p>
 * This class walks the page once and holds what several fields read: the meta tags, the JSON-LD
 * items, the elements each rule looks at and what names the site. The big rule sets have their own
 * classes: {@link PageTitle}, {@link PageAuthors} and {@link PageDates}.
 */
final class HtmlMetadata {
    static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|│–—·•»«:~/-]\\s+|\\s+::\\s+|\\s*[|│]\\s*");

    final Map<String, String> meta = new HashMap<>();
    /** The JSON-LD items (objects with an "@type"), articles first. */
    final List<Map<String, Object>> ld = new ArrayList<>();
    /** JSON-LD items by "@id", so an author given as a reference can be looked up. */
    final Map<String, Map<String, Object>> ldById = new HashMap<>();
    final Document doc;
    /** The elements each rule looks at, gathered in one walk over the page, in page order. */
    private final List<Element> metas = new ArrayList<>(), ldScripts = new ArrayList<>();
    final List<Element> headings = new ArrayList<>(), h1s = new ArrayList<>(), authorEls = new ArrayList<>(),
            authorLinks = new ArrayList<>(), timeEls = new ArrayList<>(), dateEls = new ArrayList<>(), paragraphs = new ArrayList<>();
    private Element canonicalLink;
    /** Every element of the page, in page order. */
    List<Element> all;
    private final Set<Element> commentSections = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The {@link #letters} of {@link #siteName}, which the site rules compare with again and again. */
    String siteLetters;

    String title, description, published, modified, siteName, canonicalUrl, language, section, image;
    List<String> authors = List.of();
    List<String> tags = List.of();

    private HtmlMetadata(Document doc) {
        this.doc = doc;
    }

    static HtmlMetadata read(Document doc, Instant uploadedAt) {
        return read(doc, doc.getAllElements(), uploadedAt);
    }

    /** {@code all}: the page's elements in page order, when the caller has already gathered them. */
    static HtmlMetadata read(Document doc, List<Element> all, Instant uploadedAt) {
        HtmlMetadata m = new HtmlMetadata(doc);
        m.scan(all);
        m.collectMeta();
        m.collectJsonLd();
        m.canonicalUrl = m.canonical();
        m.siteName = m.firstNonBlank(m.meta.get("og:site_name"), m.ldText("publisher", "name"),
                m.meta.get("application-name"), m.meta.get("twitter:site") != null && !m.meta.get("twitter:site").startsWith("@")
                        ? m.meta.get("twitter:site") : null);
        m.siteLetters = m.siteName == null ? null : letters(m.siteName);
        m.title = new PageTitle(m).headline();
        m.description = m.firstNonBlank(m.meta.get("og:description"), m.meta.get("description"),
                m.meta.get("twitter:description"), m.ldText("description"));
        m.authors = new PageAuthors(m).authors();
        PageDates dates = new PageDates(m);
        m.published = dates.published(uploadedAt);
        m.modified = dates.modified(uploadedAt);
        Element html = m.first("html");
        m.language = Language.normalize(m.firstNonBlank(html == null ? null : html.attr("lang"),
                m.meta.get("content-language"), m.meta.get("dc.language"), m.meta.get("og:locale"), m.ldText("inLanguage")));
        m.section = m.firstNonBlank(m.meta.get("article:section"), m.ldText("articleSection"));
        m.image = m.firstNonBlank(m.meta.get("og:image"), m.meta.get("twitter:image"), m.ldText("image", "url"), m.ldText("image"));
        m.tags = m.tags();
        return m;
    }

    private static final String[] DATE_CLASS_WORDS = {"date", "time", "publish", "posted", "datum", "meta", "byline", "zeit", "fecha"};
    /** {@link #COMMENT_WORD} as plain words for lower-cased names. */
    private static final String[] COMMENT_WORDS = {"comment", "respond", "reply", "kommentar"};
    private static final String[] DATE_ID_WORDS = {"date", "time", "publish", "datum", "meta", "byline"};
    private static final String[] AUTHOR_HREFS = {"/author/", "/authors/", "/autor/", "/autoren/", "/redakteur"};

    /** One walk over the page that sorts out the elements the field rules read. */
    private void scan(List<Element> all) {
        this.all = all;
        Element body = doc.body();
        boolean inBody = false;
        for (Element el : all) {
            if (el == body) inBody = true;
            String tag = el.normalName();
            // most elements have no attributes: then every attribute read below is ""
            boolean attrs = el.attributesSize() > 0;
            String cls = attrs ? el.className() : "", id = attrs ? el.id().toLowerCase(Locale.ROOT) : "";
            String itemprop = attrs ? el.attr("itemprop") : "";
            switch (tag) {
                case "meta" -> { if (el.hasAttr("content")) metas.add(el); }
                case "script" -> { if (el.attr("type").equalsIgnoreCase("application/ld+json")) ldScripts.add(el); }
                case "link" -> {
                    if (canonicalLink == null && el.attr("rel").equalsIgnoreCase("canonical") && el.hasAttr("href")) canonicalLink = el;
                }
                case "a" -> { if (isAuthorHref(el.attr("href"))) authorLinks.add(el); }
                default -> { }
            }
            boolean heading = tag.equals("h1") || tag.equals("h2") || tag.equals("h3");
            if (tag.equals("h1")) h1s.add(el);
            int clsWords = classWords(cls);
            if (heading || itemprop.equalsIgnoreCase("headline") || (clsWords & TITLE_WORD) != 0) headings.add(el);
            if (itemprop.equalsIgnoreCase("author") || attrs && el.attr("rel").equalsIgnoreCase("author") || (clsWords & AUTHOR_WORD) != 0
                    || id.contains("author")) authorEls.add(el);
            if (tag.equals("time") && el.hasAttr("datetime") || itemprop.equalsIgnoreCase("datePublished")) timeEls.add(el);
            if (!inBody) continue;
            if (tag.equals("p")) paragraphs.add(el);
            if (tag.equals("time") || (clsWords & DATE_WORD) != 0 || containsAny(id, DATE_ID_WORDS)) dateEls.add(el);
            if (isCommentSection(el, clsWords, id)) commentSections.add(el);
        }
    }

    /** What {@link #scan} asks of a class, as bits: words in it, lower-cased, and whether a name in it marks a comment section. */
    private static final int TITLE_WORD = 1, AUTHOR_WORD = 2, DATE_WORD = 4, COMMENT_WORD_IN_NAME = 8, COMMENT_SECTION = 16;
    /** The answers by class as written: a page repeats its class names, and lower-casing and a dozen substring tests per element add up. */
    private final Map<String, Integer> classWords = new HashMap<>(512);

    private int classWords(String className) {
        if (className.isEmpty()) return 0;
        return classWords.computeIfAbsent(className, written -> {
            String lower = written.toLowerCase(Locale.ROOT);
            int words = classWordsOf(lower);
            return words | ((words & COMMENT_WORD_IN_NAME) != 0 && namesCommentSection(written) ? COMMENT_SECTION : 0);
        });
    }

    private static int classWordsOf(String c) {
        return (c.contains("title") || c.contains("headline") ? TITLE_WORD : 0)
                | (c.contains("author") || c.contains("byline") ? AUTHOR_WORD : 0)
                | (containsAny(c, DATE_CLASS_WORDS) ? DATE_WORD : 0)
                | (hasCommentWord(c) ? COMMENT_WORD_IN_NAME : 0);
    }

    /** The page's first element of this tag: {@code doc.selectFirst(tag)} without a query to parse and a walk. */
    private Element first(String tag) {
        for (Element el : all) if (el.normalName().equals(tag)) return el;
        return null;
    }

    /** {@link #COMMENT_WORD} on a lower-cased name: plain substring tests find the same. */
    private static boolean hasCommentWord(String lower) {
        return containsAny(lower, COMMENT_WORDS);
    }

    private static boolean containsAny(String s, String[] words) {
        if (s.isEmpty()) return false;
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }

    private void collectMeta() {
        for (Element el : metas) {
            String key = el.hasAttr("property") ? el.attr("property") : el.hasAttr("name") ? el.attr("name")
                    : el.hasAttr("itemprop") ? el.attr("itemprop") : el.attr("http-equiv");
            String value = org.jsoup.parser.Parser.unescapeEntities(el.attr("content"), false).strip();
            if (!key.isEmpty() && !value.isEmpty()) meta.putIfAbsent(key.toLowerCase(Locale.ROOT).strip(), value);
        }
    }

    private void collectJsonLd() {
        List<Map<String, Object>> others = new ArrayList<>();
        for (Element script : ldScripts) {
            String json = script.data().strip();
            if (json.isEmpty() || json.length() > 500_000) continue;
            try {
                flatten(Json.parse(json), others, 0);
            } catch (Exception malformed) {
                // pages ship broken JSON-LD often; the other sources remain
            }
        }
        for (Map<String, Object> n : others) if (n.get("@id") != null && n.containsKey("name")) ldById.putIfAbsent(Json.text(n.get("@id")), n);
        // articles first, then anything else that has a headline or date
        for (Map<String, Object> n : others) if (ARTICLE_TYPE.matcher(types(n)).matches()) ld.add(n);
        for (Map<String, Object> n : others) if (!ld.contains(n) && !OTHER_TYPE.matcher(types(n)).matches()) ld.add(n);
    }

    /** Compiled once: String.matches would compile them for every JSON-LD item. */
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?s).*(article|posting|report|blog).*"),
            OTHER_TYPE = Pattern.compile("(?s).*(organization|person|breadcrumb|website|imageobject|searchaction).*");

    private static void flatten(Object node, List<Map<String, Object>> out, int depth) {
        if (node == null || depth > 6) return;
        if (node instanceof List<?> list) {
            for (Object n : list) flatten(n, out, depth + 1);
        } else if (node instanceof Map<?, ?>) {
            Map<String, Object> object = Json.object(node);
            if (object.containsKey("@type")) out.add(object);
            flatten(object.get("@graph"), out, depth + 1);
            flatten(object.get("mainEntity"), out, depth + 1);
        }
    }

    /** An item's "@type" as lower-case JSON text (a name, or a list of them), "" for anything but an item. */
    static String types(Object item) {
        Object type = Json.object(item).get("@type");
        return type == null ? "" : Json.write(type).toLowerCase(Locale.ROOT);
    }

    /** The text at {@code path} in the first JSON-LD item that has it. */
    String ldText(String... path) {
        for (Map<String, Object> n : ld) {
            Object v = n;
            for (String p : path) v = Json.object(first(v)).get(p);
            if (first(v) instanceof String s && !s.isBlank()) return org.jsoup.parser.Parser.unescapeEntities(s.strip(), false);
        }
        return null;
    }

    /** A list's first element where it has one; any other value as it is. */
    private static Object first(Object v) {
        return v instanceof List<?> list && !list.isEmpty() ? list.get(0) : v;
    }

    private String canonical() {
        Element link = canonicalLink;
        String url = link != null ? link.attr("href") : meta.get("og:url");
        return url == null || url.isBlank() ? null : url.strip();
    }

    private String pageTitle;

    /** The {@code <title>}, also when stray output before the doctype pushed it into the body. */
    String pageTitle() {
        if (pageTitle == null) {
            pageTitle = doc.title().strip();
            if (pageTitle.isEmpty())
                for (Element t : doc.getElementsByTag("title"))
                    if (t.closest("svg") == null) {
                        pageTitle = t.text().strip();
                        break;
                    }
        }
        return pageTitle;
    }

    /** A heading that is just a link to the site's front page: the logo, not the article. */
    boolean isHomeLink(Element h) {
        Element a = h.selectFirst(A_HREF);
        if (a == null || !text(a).strip().equals(text(h).strip())) return false;
        String href = a.attr("href").strip();
        return a.attr("rel").equalsIgnoreCase("home") || href.equals("/") || FRONT_PAGE_URL.matcher(href).matches();
    }

    private final Map<Element, Boolean> siteHeadings = new IdentityHashMap<>();

    /** A heading named as the site's or linking home: asked by the title and by {@link #logoNames}, answered once. */
    boolean isSiteHeading(Element h) {
        Boolean site = siteHeadings.get(h);
        if (site == null) {
            site = SITE_HEADING.matcher(Boilerplate.names(h)).find() || isHomeLink(h);
            siteHeadings.put(h, site);
        }
        return site;
    }

    private static final Pattern FRONT_PAGE_URL = Pattern.compile("https?://[^/?#]+/?");
    /** Parsed once rather than on every call. */
    private static final org.jsoup.select.Evaluator A_HREF = org.jsoup.select.QueryParser.parse("a[href]");

    /** Headings that carry the site's name or motto, never an article's. */
    private static final Pattern SITE_HEADING = Pattern.compile("(?i)site-?(?:title|name|description|logo|branding)|logo|screen-reader|sr-only|visually-?hidden");

    /** The page title's parts ("Headline | Site"), split once: the rules ask about them for every heading and name. */
    private String[] titleParts;

    String[] titleParts() {
        if (titleParts == null) titleParts = TITLE_SEPARATOR.split(pageTitle());
        return titleParts;
    }

    /** Lower-case letters and digits only, so quotes, dashes and spacing do not matter. */
    static String letters(String s) {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) ascii = s.charAt(i) < 0x80;
        if (ascii) {
            // the same result without the code point stream: ASCII letters and digits, lower-cased
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 'A' && c <= 'Z') b.append((char) (c + 32));
                else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') b.append(c);
            }
            return b.toString();
        }
        StringBuilder b = new StringBuilder(s.length());
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            if (Character.isLetterOrDigit(c)) b.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /** Whether these letters are the site's name or its domain's ("Umweltbundesamt" on umweltbundesamt.de). */
    boolean namesSite(String part) {
        if (part.length() < 3) return false;
        Boolean names = namesSite.get(part);
        if (names == null) {
            String host = host();
            names = siteName != null && nearlySame(part, siteLetters) || host != null && (nearlySame(asDomain(part), host) || part.equals(letters(hostName())))
                    || logoNames().contains(part);
            namesSite.put(part, names);
        }
        return names;
    }

    /** {@link #namesSite}'s answers: the title rules ask about the same parts for every heading. */
    private final Map<String, Boolean> namesSite = new HashMap<>();

    private Set<String> logoNames;

    /** The letters of the headings that are the site's logo or motto: they name the site where the page does not. */
    Set<String> logoNames() {
        if (logoNames == null) {
            logoNames = new HashSet<>();
            int seen = 0;
            for (Element h : headings) {
                if (++seen > 60) break;
                if (isSiteHeading(h)) {
                    String l = letters(text(h));
                    if (l.length() >= 3) logoNames.add(l);
                }
            }
        }
        return logoNames;
    }

    /** Letters as a domain spells them: "ökobau" → "oekobau", "ørsted" → "orsted". */
    static String asDomain(String letters) {
        boolean ascii = true;
        for (int i = 0; i < letters.length() && ascii; i++) ascii = letters.charAt(i) < 0x80;
        if (ascii) return letters;
        String s = letters.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("ø", "o").replace("æ", "ae");
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /** One holds the other, give or take a few letters ("fassettenet" and "fassette"), not a headline that mentions it. */
    static boolean nearlySame(String a, String b) {
        if (b.length() < 3) return false;
        if (a.equals(b)) return true;
        return Math.abs(a.length() - b.length()) <= 8 && (a.contains(b) && b.length() >= 5 || b.contains(a) && a.length() >= 5);
    }

    /** The canonical URL's host without "www." and the top-level domain, in letters: "umweltbundesamt". */
    private static final Pattern HOST = Pattern.compile("^https?://(?:www\\.)?([^/:?#]+)");

    /** {@link #host} and {@link #hostName}, worked out once: the title rules ask for them for every heading. */
    private String hostLetters, hostName;
    private boolean hostRead;

    String host() {
        readHost();
        return hostLetters;
    }

    /** The canonical URL's host without "www.": "blog.example.org". */
    String hostName() {
        readHost();
        return hostName;
    }

    private void readHost() {
        if (hostRead) return;
        hostRead = true;
        String url = canonicalUrl != null ? canonicalUrl : meta.get("og:url");
        Matcher m = url == null ? null : HOST.matcher(url);
        if (m == null || !m.find()) return;
        hostName = m.group(1);
        int dot = hostName.lastIndexOf('.');
        hostLetters = letters(dot > 0 ? hostName.substring(0, dot) : hostName);
    }

    private final Map<Element, String> texts = new IdentityHashMap<>();

    /** {@link Element#text()}, once per element: headings and links are read by several rules. */
    String text(Element el) {
        String t = texts.get(el);
        if (t == null) {
            t = el.text();
            texts.put(el, t);
        }
        return t;
    }

    /** Whether the element sits in the readers' comments (their names and headings are not the article's). */
    boolean inComments(Element el) {
        if (commentSections.isEmpty()) return false;
        for (Element p = el; p != null; p = p.parent()) if (commentSections.contains(p)) return true;
        return false;
    }

    private static final Pattern COMMENT_WORD = Pattern.compile("(?i)comment|respond|reply|kommentar");
    /** Names that only describe a post ("tag-reply-all", "comments-open"), not a section of comments. */
    private static final Pattern POST_LABEL = Pattern.compile("(?i)(?:tag|category|post|format)-.*|.*-(?:open|closed|count|link)|(?:no|has)-comments?");

    /**
     * Whether one of the element's class or id names marks a section of comments. The class's answer
     * comes with its {@link #classWords}, as a thread repeats its class names on every comment.
     */
    private static boolean isCommentSection(Element el, int classWords, String lowerId) {
        if (el.normalName().equals("body") || el.normalName().equals("html")) return false;
        return (classWords & COMMENT_SECTION) != 0 || hasCommentWord(lowerId) && namesCommentSection(el.id());
    }

    private static boolean namesCommentSection(String names) {
        // the names between runs of spaces, as Boilerplate.SPACES would split them; most ids are a single name
        for (int end = 0, start; end < names.length(); ) {
            for (start = end; start < names.length() && TextStats.isRegexSpace(names.charAt(start)); ) start++;
            for (end = start; end < names.length() && !TextStats.isRegexSpace(names.charAt(end)); ) end++;
            if (start == end) break;
            String name = start == 0 && end == names.length() ? names : names.substring(start, end);
            if (COMMENT_WORD.matcher(name).find() && !POST_LABEL.matcher(name).matches()) return true;
        }
        return false;
    }

    /** {@link #AUTHOR_HREFS} in the link, lower-cased; a slash before an "a" or "r" comes first in all of them. */
    private static boolean isAuthorHref(String href) {
        for (int i = href.indexOf('/'); i >= 0 && i + 1 < href.length(); i = href.indexOf('/', i + 1)) {
            char c = href.charAt(i + 1);
            if (c == 'a' || c == 'A' || c == 'r' || c == 'R') return containsAny(href.toLowerCase(Locale.ROOT), AUTHOR_HREFS);
        }
        return false;
    }

    private List<String> tags() {
        List<String> out = new ArrayList<>();
        for (Element el : metas) if (el.attr("property").equals("article:tag")) out.add(el.attr("content").strip());
        if (out.isEmpty() && meta.get("keywords") != null)
            for (String k : meta.get("keywords").split("\\s*[,;]\\s*")) if (!k.isBlank() && out.size() < 30) out.add(k.strip());
        return out;
    }

    String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
