package newsfacts.core.clean;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
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
    /** Tokens that mark furniture whatever else the class says. */
    private static final Pattern STRONG = Pattern.compile("(?:^|[^a-z])(?:"
            + "nav|navbar|navigation|menu|menus|mainmenu|submenu|footer|site-?footer|sidebar|side-?bar|breadcrumbs?"
            + "|comments?|comment-?list|respond|disqus|share|shares|sharing|social|socials|share-?bar|sharebar"
            + "|related|related-?posts|relatedposts|recommended|recommendations?|more-?stories|read-?more|readmore"
            + "|newsletter|subscribe|subscription|signup|cookies?|cookie-?banner|consent|gdpr|privacy-?banner"
            + "|advert|adverts|advertisement|advertising|ads|ad|adsense|sponsor|sponsored|promo|promotion|banner"
            + "|outbrain|taboola|popup|modal|overlay|toolbar|pagination|pager|paging|skip-?link|skiplinks?"
            + "|tagcloud|tag-?list|tags|taglist|widgets|widget-?area|sr-only|screen-reader-text|visually-?hidden|element-?invisible"
            + "|print-?only|noprint|login|masthead|top-?bar|topbar|jump-?links|most-?popular|trending"
            + "|author-?box|about-?author|author-?(?:bio|info|details|description|profile)|bio|biography|autor(?:en)?-?(?:box|info)|post-?navigation|nav-?links|prev-?next|teaser-?list|teasers"
            + ")(?:$|[^a-z])");
    /** Tokens that end a class name for a post's date and byline line ("entry-meta", "post-date"). */
    private static final Pattern META_LINE = Pattern.compile(
            "(?:^|[^a-z])(?:meta|post-?meta|entry-?meta|byline|dateline|date|time|posted-?on|published|credits?)(?:$|\\s)");
    /** Tokens that mark furniture unless the class also names content. */
    private static final Pattern WEAK = Pattern.compile("(?:^|[^a-z])(?:"
            + "site-?header|extra|supplemental|legends|combx|community|remark|replies|rss"
            + "|shoutbox|skyscraper|caption|infobox|teaser|feed"
            + ")(?:$|[^a-z])");
    private static final Pattern CONTENT = Pattern.compile(
            "article|artikel|beitrag|body|content|main|entry|post|story|text|column|blog|news|page", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    private Boilerplate() {}

    /** How much to prune: everything, no class/id guesses, or only what can never be text. */
    enum Level { FULL, TAGS, MINIMAL }

    /** Prunes {@code body} in place; an element holding most of the page's text is never dropped. */
    static void prune(Element body, Level level) {
        TextStats before = TextStats.of(body);
        int pageText = Math.max(1, before.get(body).text);
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(node instanceof Element) || node == body) return FilterResult.CONTINUE;
                Element el = (Element) node;
                boolean furniture = level == Level.MINIMAL ? NEVER_TEXT.contains(el.normalName()) : isFurniture(el, level);
                if (furniture && (before.get(el).text < pageText * 0.5 || NEVER_TEXT.contains(el.normalName()))) {
                    doomed.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Node n : doomed) n.remove();
    }

    static boolean isFurniture(Element el, Level level) {
        String tag = el.normalName();
        if (NEVER_TEXT.contains(tag) || FURNITURE.contains(tag)) return true;
        if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) return true;
        String style = el.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) return true;
        String role = el.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && FURNITURE_ROLES.contains(role)) return true;
        if (level != Level.FULL) return false;
        if (tag.equals("article") || tag.equals("main") || tag.equals("html") || tag.equals("body")) return false;
        if (el.hasAttr("itemprop") && el.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody"))
            return false;
        String names = names(el);
        if (names.isEmpty()) return false;
        if ((" " + names + " ").contains(" hidden ")) return true;
        if (STRONG.matcher(names).find() || META_LINE.matcher(names).find()) return !isContentName(names);
        return WEAK.matcher(names).find() && !CONTENT.matcher(names).find();
    }

    /** A class like "entry-content" or "article-body" wins over a furniture token beside it. */
    private static boolean isContentName(String names) {
        for (String token : names.split("\\s+")) {
            if (token.matches("(?:[a-z]+[-_])*(?:article|entry|post|story|blog)[-_]?(?:body|content|text)s?")
                    || token.matches("(?:article|entry|post|story)[-_]?(?:body|content|text|main)(?:[-_][a-z0-9]+)*")
                    || token.matches("articlebody|main-content|content|article|post|entry|hentry|story"))
                return true;
        }
        return false;
    }

    static String names(Element el) {
        String cls = el.className(), id = el.id();
        if (cls.isEmpty() && id.isEmpty()) return "";
        // camelCase boundaries count as separators: "relatedPosts" holds the token "related"
        String joined = cls + " " + id;
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
