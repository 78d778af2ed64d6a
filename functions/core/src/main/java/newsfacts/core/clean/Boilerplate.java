package newsfacts.core.clean;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what is never article text: scripts and styles, comments, hidden elements, and
 * page furniture recognised by tag, ARIA role, or class/id tokens (navigation, footers,
 * share bars, cookie banners, related lists, comments, ads, newsletter boxes).
 */
final class Boilerplate {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "map",
            "audio", "video", "source", "picture", "img", "link", "meta", "head", "dialog", "math");
    private static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "menu", "figure", "figcaption");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "menu", "menubar", "dialog", "alertdialog", "search", "tablist");
    /**
     * Words of class/id names (split at non-letters and camelCase; a pair of neighbours also
     * counts joined, so "side-bar" is "sidebar") that mark furniture whatever else the class says.
     * Set lookups, not regexes: this runs on every element.
     */
    private static final Set<String> STRONG = Set.of("nav", "navbar", "navigation", "menu", "menus", "mainmenu",
            "submenu", "footer", "sitefooter", "sidebar", "breadcrumb", "breadcrumbs", "comment", "comments",
            "commentlist", "respond", "disqus", "share", "shares", "sharing", "social", "socials", "sharebar", "related",
            "relatedposts", "recommended", "recommendation", "recommendations", "morestories", "readmore", "newsletter",
            "subscribe", "subscription", "signup", "cookie", "cookies", "cookiebanner", "consent", "gdpr",
            "privacybanner", "advert", "adverts", "advertisement", "advertising", "ads", "ad", "adsense", "sponsor",
            "sponsored", "promo", "promotion", "banner", "outbrain", "taboola", "popup", "modal", "overlay", "toolbar",
            "pagination", "pager", "paging", "skiplink", "skiplinks", "tagcloud", "taglist", "tags", "widgets",
            "widgetarea", "sronly", "screenreader", "visuallyhidden", "elementinvisible", "printonly", "noprint",
            "login", "masthead", "topbar", "jumplinks", "mostpopular", "trending", "authorbox", "aboutauthor",
            "authorbio", "authorinfo", "authordetails", "authordescription", "authorprofile", "bio", "biography",
            "autorbox", "autorinfo", "autorenbox", "autoreninfo", "postnavigation", "navlinks", "prevnext",
            "teaserlist", "teasers");
    /** Words that end a class name for a post's date and byline line ("entry-meta", "post-date"). */
    private static final Set<String> META_LINE = Set.of("meta", "postmeta", "entrymeta", "byline", "dateline", "date",
            "time", "postedon", "published", "credit", "credits");
    /** Words that mark furniture unless the class also names content. */
    private static final Set<String> WEAK = Set.of("siteheader", "extra", "supplemental", "legends", "combx",
            "community", "remark", "replies", "rss", "shoutbox", "skyscraper", "caption", "infobox", "teaser", "feed");
    private static final Pattern CONTENT = Pattern.compile(
            "article|artikel|beitrag|body|content|main|entry|post|story|text|column|blog|news|page", Pattern.CASE_INSENSITIVE);
    /** Compiled once: String.split would compile it on every call. */
    static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    private Boilerplate() {}

    /** How much to prune: everything, no class/id guesses, or only what can never be text. */
    enum Level { FULL, TAGS, MINIMAL }

    /** What {@link #prune} took out of a page, and the text figures of what it left. */
    static final class Pruned {
        final TextStats stats;
        private final List<Node> removed = new ArrayList<>();
        private final List<Element> parents = new ArrayList<>();
        private final List<Integer> indexes = new ArrayList<>();

        private Pruned(TextStats stats) {
            this.stats = stats;
        }

        private void remove(Node node) {
            removed.add(node);
            parents.add((Element) node.parent());
            indexes.add(node.siblingIndex());
            node.remove();
        }

        /**
         * Puts every removed node back where it was, the last removed first: the page is as parsed
         * again, for a second try at another level, without parsing it again.
         */
        void restore() {
            for (int i = removed.size() - 1; i >= 0; i--) parents.get(i).insertChildren(indexes.get(i), removed.get(i));
            removed.clear();
            parents.clear();
            indexes.clear();
        }
    }

    /**
     * Prunes {@code body} in place; an element holding most of the page's text is never dropped.
     * Returns what was removed and the text figures of what remains.
     */
    static Pruned prune(Element body, Level level) {
        TextStats before = TextStats.of(body);
        int pageText = Math.max(1, before.get(body).text);
        List<Node> doomed = new ArrayList<>();
        Map<String, NameVerdict> verdicts = new HashMap<>();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(node instanceof Element) || node == body) return FilterResult.CONTINUE;
                Element el = (Element) node;
                int text = before.get(el).text;
                boolean furniture = level == Level.MINIMAL ? NEVER_TEXT.contains(el.normalName()) : isFurniture(el, level, text, verdicts);
                // a page that renders its article by script may keep a copy in <noscript>
                boolean neverText = NEVER_TEXT.contains(el.normalName()) && !(el.nameIs("noscript") && text >= pageText * 0.5);
                if (furniture && (text < pageText * 0.5 || neverText)) {
                    doomed.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        Pruned pruned = new Pruned(before);
        for (Node n : doomed) {
            if (n instanceof Element) before.subtract((Element) n);
            pruned.remove(n);
        }
        return pruned;
    }

    /** More text than a post's date and byline line holds. */
    private static final int META_LINE_TEXT = 300;

    /**
     * Whether {@code el}, holding {@code text} visible characters, is page furniture.
     * {@code verdicts}: what each class-and-id string seen so far says (a page repeats its names).
     */
    static boolean isFurniture(Element el, Level level, int text, Map<String, NameVerdict> verdicts) {
        String tag = el.normalName();
        if (NEVER_TEXT.contains(tag) || FURNITURE.contains(tag)) return true;
        if (el.attributesSize() == 0) return false; // every test below reads an attribute
        if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) return true;
        String style = el.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) return true;
        String role = el.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && FURNITURE_ROLES.contains(role)) return true;
        if (level != Level.FULL) return false;
        if (tag.equals("article") || tag.equals("main") || tag.equals("html") || tag.equals("body")) return false;
        if (el.hasAttr("itemprop") && el.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody"))
            return false;
        String cls = el.className(), id = el.id();
        if (cls.isEmpty() && id.isEmpty()) return false;
        // keyed by the raw names: the lower-cased, split form is built only once per distinct class and id
        NameVerdict verdict = verdicts.computeIfAbsent(id.isEmpty() ? cls : cls + " " + id, raw -> verdict(names(raw)));
        // a date-and-byline line is short: a long text under such a name is the article itself
        return verdict == NameVerdict.FURNITURE || verdict == NameVerdict.SHORT_FURNITURE && text < META_LINE_TEXT;
    }

    /** What class and id names say of an element: furniture, furniture if short, or nothing. */
    enum NameVerdict { FURNITURE, SHORT_FURNITURE, NONE }

    private static NameVerdict verdict(String names) {
        if (hasToken(names, "hidden")) return NameVerdict.FURNITURE;
        if (hasWord(names, STRONG, false)) return isContentName(names) ? NameVerdict.NONE : NameVerdict.FURNITURE;
        if (hasWord(names, META_LINE, true)) return isContentName(names) ? NameVerdict.NONE : NameVerdict.SHORT_FURNITURE;
        return hasWord(names, WEAK, false) && !CONTENT.matcher(names).find() ? NameVerdict.FURNITURE : NameVerdict.NONE;
    }

    /** Whether {@code " " + names + " "} contains {@code " " + token + " "}, without building either. */
    private static boolean hasToken(String names, String token) {
        int from = 0, n = names.length(), k = token.length();
        while (true) {
            int at = names.indexOf(token, from);
            if (at < 0) return false;
            if ((at == 0 || names.charAt(at - 1) == ' ') && (at + k == n || names.charAt(at + k) == ' ')) return true;
            from = at + 1;
        }
    }

    /** Whether a word of the names (or two neighbours joined) is in {@code words}; {@code last}: only a name's end. */
    static boolean hasWord(String names, Set<String> words, boolean last) {
        int n = names.length(), i = 0;
        String previous = null;
        while (i < n) {
            while (i < n && !isLetter(names.charAt(i))) {
                if (names.charAt(i) == ' ') previous = null; // a new class name starts
                i++;
            }
            int start = i;
            while (i < n && isLetter(names.charAt(i))) i++;
            if (start == i) break;
            String word = names.substring(start, i);
            boolean endOfName = i == n || names.charAt(i) == ' ';
            boolean layout = previous != null && LAYOUT_PREFIX.contains(previous) || !endOfName && nextWordIs(names, i, "layout");
            if ((!last || endOfName) && (words.contains(word) && !layout || previous != null && words.contains(previous + word)))
                return true;
            previous = word;
        }
        return false;
    }

    /** "has-sidebar", "with-sidebar", "sidebar-layout": a layout that holds the article beside a sidebar. */
    private static final Set<String> LAYOUT_PREFIX = Set.of("has", "with", "no", "without");

    private static boolean nextWordIs(String names, int from, String word) {
        int i = from;
        while (i < names.length() && !isLetter(names.charAt(i)) && names.charAt(i) != ' ') i++;
        return names.startsWith(word, i);
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** A class like "entry-content" or "article-body" wins over a furniture token beside it. */
    /** Compiled once: String.matches would compile these again for every token of every element. */
    private static final Pattern CONTENT_TOKEN = Pattern.compile(
            "(?:[a-z]+[-_])*(?:article|entry|post|story|blog)[-_]?(?:body|content|text)s?"
                    + "|(?:article|entry|post|story)[-_]?(?:body|content|text|main)(?:[-_][a-z0-9]+)*"
                    + "|articlebody|main-content|content|article|post|entry|hentry|story");

    private static boolean isContentName(String names) {
        for (String token : SPACES.split(names)) if (token.length() <= 100 && CONTENT_TOKEN.matcher(token).matches()) return true;
        return false;
    }

    static String names(Element el) {
        String cls = el.className(), id = el.id();
        if (cls.isEmpty() && id.isEmpty()) return "";
        return names(cls + " " + id);
    }

    /** {@link #names(Element)} of a class and id joined by a space. */
    private static String names(String joined) {
        // camelCase boundaries count as separators: "relatedPosts" holds the token "related"
        StringBuilder out = new StringBuilder(joined.length() + 8);
        char prev = ' ';
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (Character.isUpperCase(c) && Character.isLowerCase(prev)) out.append('-');
            out.append(Character.toLowerCase(c));
            prev = c;
        }
        return out.toString().strip();
    }
}
