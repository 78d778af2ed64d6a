package newsfacts.core.clean;

import newsfacts.core.model.Block;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article in a pruned page and lays its text out in blocks. Candidates are scored
 * the way Readability does (paragraph text and commas credited to ancestors, discounted by
 * link density), with a preference for containers the page marks as the article body; the
 * best container and its good siblings are then walked once, dropping link lists.
 */
final class HtmlCleaner {
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "dd", "li");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td",
            "th", "figure", "figcaption", "hr", "address", "center", "details", "summary", "caption", "tbody",
            "thead", "tfoot", "form", "fieldset", "legend", "hgroup");
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl", "div", "section", "table", "tbody", "p");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|beitrag|artikel",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead"
                    + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping"
                    + "|tags|tool|widget|teaser|navi|menu", Pattern.CASE_INSENSITIVE);
    /** Short lines that are page furniture in any article. */
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "(?iu)^(?:©|\\(c\\)\\s|copyright\\b|all rights reserved|alle rechte vorbehalten|tous droits réservés"
                    + "|share\\b|teilen\\b|drucken\\b|print\\b|tweet\\b|read more\\b|weiterlesen\\b|mehr zum thema"
                    + "|advertisement$|anzeige$|werbung$|publicité$|reklama$|related\\b|zum seitenanfang|nach oben|back to top"
                    + "|follow us|folgen sie uns|sign up|subscribe|abonnieren|newsletter\\b|cookies?\\b"
                    + "|you might also like|you may also like|das könnte dich auch interessieren|das könnte sie auch interessieren"
                    + "|auch interessant|ähnliche beiträge|related posts|more from|mehr aus|weitere artikel|lesen sie auch|lies auch"
                    + "|inhaltsverzeichnis$|table of contents$|inhalt$|contents$|quelle:|source:|fuente:|źródło:|foto:|photo:|bild:|credits?:"
                    + "|crédits? photos?|bildquelle|bild anzeigen|vergrößern|enlarge|zoom$|kontakt:?$|contact:?$"
                    + "|weiterführende links?|weiterführender link|war (?:der|dieser) artikel|was this (?:article|page) helpful"
                    + "|\\(?noch keine bewertungen|keine kommentare|no comments|kommentare$|comments$|loading\\.\\.\\."
                    + "|zeige alle beiträge|view all posts|alle beiträge von|posted in|veröffentlicht in|filed under|tags?:|schlagwörter"
                    + "|this entry was posted|dieser eintrag wurde|erstellt am|titelbild|photograph by|pour lire la suite"
                    + "|lust auf mehr|scroll to read|read further|vorschau auf|weitere beiträge|originalpublikation"
                    + ").{0,120}$");

    /** Trailing lines shorter than this are dropped unless they end a sentence; shorter than the fragment, always. */
    private static final int TAIL_LINE = 40;
    private static final int TAIL_FRAGMENT = 30;
    /** Words that give a short line away as a box of the site's, wherever they stand in it. */
    private static final Pattern FURNITURE_WORD = Pattern.compile(
            "(?iu)\\b(?:newsletter|subscribe|abonnieren|sign up|registrieren|all rights reserved|alle rechte vorbehalten"
                    + "|cookies|photograph by|getty images|picture-alliance|shutterstock|istock)\\b|©");
    private static final double ANCESTOR_SHARE = 0.65;
    private static final double BLOCK_LINKS = 0.6;

    /** Readability uses 25; lower, the amount of text counts for more than class names. */
    private static final double CLASS_WEIGHT = 10;

    private static final Pattern LEAD = Pattern.compile(
            "(?:^|[^a-z])(?:lead|intro|teaser|teaser-?text|description|bajada|subtitle|sub-?headline|summary|standfirst|excerpt|abstract|deck|dek|kicker)(?:$|[^a-z])");
    /** The site's own tagline ("site-description") heads every page, not the article. */
    private static final Pattern SITE_WIDE = Pattern.compile("(?:^|[^a-z])(?:site|blog)(?:$|[^a-z])");

    /** Selectors parsed once rather than on every call. */
    private static final org.jsoup.select.Evaluator ARTICLE_BODY =
            org.jsoup.select.QueryParser.parse("[itemprop=articleBody], [itemprop=articlebody]"),
            H1 = org.jsoup.select.QueryParser.parse("h1"), LEAD_CANDIDATES = org.jsoup.select.QueryParser.parse("h1, h2, p, div");

    private final Element body;
    private final TextStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    /** The body's elements in page order, gathered once for the rules that look at all of them. */
    private final List<Element> elements;
    /** The weight of each class or id name seen so far: a page repeats its names. */
    private final Map<String, Double> nameWeights = new HashMap<>();

    private HtmlCleaner(Element body, TextStats stats) {
        this.body = body;
        this.stats = stats;
        this.elements = Dom.elements(body);
    }

    /** The article's blocks, from a body already pruned of furniture. */
    static List<TextBlock> extract(Element body) {
        return extract(body, TextStats.of(body));
    }

    /** {@code stats}: the pruned body's text figures, when pruning has kept them up to date. */
    static List<TextBlock> extract(Element body, TextStats stats) {
        HtmlCleaner cleaner = new HtmlCleaner(body, stats);
        List<Element> parts = cleaner.articleParts();
        List<TextBlock> blocks = new ArrayList<>();
        for (Element part : parts) cleaner.collect(part, blocks);
        trimTail(blocks);
        return blocks;
    }

    /** After the last sentence, short lines are the page's ("Comments are closed."), not the article's. */
    private static void trimTail(List<TextBlock> blocks) {
        while (blocks.size() > 1) {
            TextBlock last = blocks.get(blocks.size() - 1);
            String t = last.text();
            if (t.length() >= TAIL_FRAGMENT && (t.length() >= TAIL_LINE || endsSentence(t))) break;
            blocks.remove(blocks.size() - 1);
        }
    }

    private List<Element> articleParts() {
        List<Element> marked = markedBodies();
        if (!marked.isEmpty()) {
            List<Element> parts = new ArrayList<>(leadIn(marked.get(0)));
            parts.addAll(marked);
            return parts;
        }
        Element top = topCandidate();
        if (top == null) return List.of(body);
        List<Element> parts = new ArrayList<>(leadIn(top));
        for (Element part : withUncles(top)) if (!parts.contains(part)) parts.add(part);
        List<Element> twins = twins(top, parts);
        if (twins.isEmpty()) return parts;
        parts.addAll(twins);
        parts.sort(HtmlCleaner::comparePositions);
        return parts;
    }

    /** How far up page-builder blocks of one article may sit apart. */
    private static final int TWIN_LEVELS = 6;
    private static final int TWIN_TEXT = 100;

    /**
     * Page builders cut an article into many blocks of one class, each in rows and columns of
     * its own: blocks further up that carry the best block's class, with few links, join too.
     */
    private List<Element> twins(Element top, List<Element> parts) {
        String signature = classSignature(top);
        if (signature.isEmpty()) return List.of();
        Element scope = top;
        for (int level = 0; level < TWIN_LEVELS && scope.parent() != null && scope.parent() != body; level++) scope = scope.parent();
        List<Element> twins = new ArrayList<>();
        for (Element el : scope.getElementsByClass(top.classNames().iterator().next())) {
            if (el == top || !signature.equals(classSignature(el))) continue;
            TextStats.Counts c = stats.get(el);
            if (c.text < TWIN_TEXT || c.linkDensity() >= 0.3 || covered(el, parts) || covered(el, twins)) continue;
            twins.add(el);
        }
        return twins;
    }

    /** Whether {@code el} is one of {@code parts}, inside one, or around one. */
    private static boolean covered(Element el, List<Element> parts) {
        for (Element p : parts) if (p == el || isInside(el, p) || isInside(p, el)) return true;
        return false;
    }

    /** The class names without numbered ones ("vc_custom_1570185518"), which differ per block. */
    private static String classSignature(Element el) {
        StringBuilder sig = new StringBuilder();
        for (String c : el.classNames()) {
            boolean numbered = false;
            for (int i = 0; i < c.length() && !numbered; i++) numbered = Character.isDigit(c.charAt(i));
            if (!numbered) sig.append(c).append(' ');
        }
        return sig.toString();
    }

    /**
     * The containers the page itself marks as the article body, when the biggest holds real
     * text: an article split into sections may mark each one; nested marks count once.
     */
    private List<Element> markedBodies() {
        List<Element> all = new ArrayList<>();
        // the attribute test first: it is the selector's own first test, and most elements fail it
        for (Element el : elements) if (el.hasAttr("itemprop") && ARTICLE_BODY.matches(body, el)) all.add(el);
        Element best = null;
        for (Element el : all) if (best == null || stats.get(el).text > stats.get(best).text) best = el;
        if (best == null || stats.get(best).text < 200 || stats.get(best).linkDensity() >= 0.5) return List.of();
        List<Element> parts = new ArrayList<>();
        for (Element el : all) {
            if (el != best && (isInside(best, el) || stats.get(el).linkDensity() >= 0.5)) continue;
            if (!parts.isEmpty() && isInside(el, parts.get(parts.size() - 1))) continue;
            parts.add(el);
        }
        return parts;
    }

    private Element topCandidate() {
        List<Element> candidates = new ArrayList<>();
        for (Element el : elements) {
            String tag = el.normalName();
            boolean divLike = tag.equals("div") || tag.equals("section");
            int own = divLike ? ownTextLength(el) : 0;
            boolean paragraph = PARAGRAPHS.contains(tag) && !tag.equals("li") || divLike && own >= 25;
            if (!paragraph) continue;
            TextStats.Counts c = stats.get(el);
            int len = divLike ? own : c.text;
            if (len < 25) continue;
            double score = 1 + Math.min(c.commas, 30) + Math.min(len / 100.0, 3);
            Element ancestor = el.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                if (ancestor.parent() == null) break;
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / divider, Double::sum);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Element c : candidates) {
            double s = scores.get(c) * (1 - stats.get(c).linkDensity());
            scores.put(c, s);
            if (top == null || s > topScore) {
                top = c;
                topScore = s;
            }
        }
        if (top == null) return null;
        // a parent that scores better holds more of the article; an only child says nothing
        Element parent = top.parent();
        double last = topScore;
        while (parent != null && parent != body && parent.parent() != null) {
            Double ps = scores.get(parent);
            if (ps == null) {
                parent = parent.parent();
                continue;
            }
            if (ps < topScore / 3) break;
            if (ps > last) {
                top = parent;
                break;
            }
            last = ps;
            parent = parent.parent();
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) top = top.parent();
        // an ancestor that scores nearly as well holds the same article plus its other parts (cells, sections)
        double best = scores.getOrDefault(top, 0.0);
        Element a = top.parent();
        for (int level = 0; level < 5 && a != null && a != body; level++, a = a.parent()) {
            Double as = scores.get(a);
            if (as != null && as >= best * ANCESTOR_SHARE) top = a;
        }
        return top;
    }

    /**
     * The article's headline and lead often sit in a header just before the best container:
     * take the h1 and lead paragraphs that precede it under a near ancestor.
     */
    private List<Element> leadIn(Element first) {
        Element scope = first.parent();
        for (int level = 0; level < LEAD_SCOPE_LEVELS && scope != null && scope != body && scope.selectFirst(H1) == null; level++)
            scope = scope.parent();
        if (scope == null || scope == body) return List.of();
        List<Element> lead = new ArrayList<>();
        Element header = null;
        for (Element el : scope.select(LEAD_CANDIDATES)) {
            if (el == first || comparePositions(el, first) > 0) break;
            if (!lead.isEmpty() && isInside(el, lead.get(lead.size() - 1)) || isInside(first, el)) continue;
            TextStats.Counts c = stats.get(el);
            // a lead box may wrap its paragraphs ("teaser-text" > p); a big one is a layout wrapper
            String names = Boilerplate.names(el);
            if (el.nameIs("h1")) {
                lead.add(el);
                header = headerOf(el, scope);
            } else if (LEAD.matcher(names).find() && !SITE_WIDE.matcher(names).find() && c.linkDensity() < 0.3
                    && (!el.nameIs("div") || el.childrenSize() == 0 || c.text < LEAD_BOX_TEXT)) {
                lead.add(el);
            } else if (header != null && (!el.nameIs("div") || el.childrenSize() == 0) && isInside(el, header) && c.linkDensity() < 0.3
                    && c.text >= HEADER_LEAD_TEXT) {
                lead.add(el); // the standfirst under the headline, unmarked
            }
        }
        return lead;
    }

    /** A line under the headline this long is its standfirst, not a byline or date. */
    private static final int HEADER_LEAD_TEXT = 80;

    /** The {@code <header>} that holds the headline, else the headline's parent. */
    private static Element headerOf(Element h1, Element scope) {
        for (Element p = h1.parent(); p != null && p != scope.parent(); p = p.parent()) if (p.nameIs("header")) return p;
        return h1.parent();
    }

    /** How far above the article the headline's common ancestor may be. */
    private static final int LEAD_SCOPE_LEVELS = 5;
    /** More text than a lead box holds. */
    private static final int LEAD_BOX_TEXT = 1000;

    private static boolean isInside(Element el, Element container) {
        for (Element p = el.parent(); p != null; p = p.parent()) if (p == container) return true;
        return false;
    }

    /** Document order of two elements, without a full walk. */
    private static int comparePositions(Element a, Element b) {
        List<Element> pa = new ArrayList<>(a.parents()), pb = new ArrayList<>(b.parents());
        java.util.Collections.reverse(pa);
        java.util.Collections.reverse(pb);
        pa.add(a);
        pb.add(b);
        int i = 0;
        while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) i++;
        if (i == pa.size() || i == pb.size()) return Integer.compare(pa.size(), pb.size());
        return Integer.compare(pa.get(i).siblingIndex(), pb.get(i).siblingIndex());
    }

    private double initialScore(Element el) {
        double s;
        switch (el.normalName()) {
            case "div": case "article": case "main": s = 5; break;
            case "pre": case "td": case "blockquote": case "section": s = 3; break;
            case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": s = -3; break;
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": s = -5; break;
            default: s = 0;
        }
        if (el.nameIs("article") || el.nameIs("main")) s += 10;
        return s + classWeight(el);
    }

    private double classWeight(Element el) {
        return nameWeight(el.className()) + nameWeight(el.id());
    }

    private double nameWeight(String name) {
        if (name.isEmpty()) return 0;
        return nameWeights.computeIfAbsent(name, n -> {
            double w = 0;
            if (NEGATIVE.matcher(n).find()) w -= CLASS_WEIGHT;
            if (POSITIVE.matcher(n).find()) w += CLASS_WEIGHT;
            return w;
        });
    }

    /**
     * Articles split over several containers (text, a box, more text) keep going one level
     * up: the parent's siblings that read like article text join, in page order.
     */
    private List<Element> withUncles(Element top) {
        List<Element> inner = withSiblings(top);
        Element parent = top.parent();
        if (parent == null || parent == body || parent.parent() == null) return inner;
        double threshold = Math.max(10, scores.getOrDefault(top, 0.0) * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element uncle : parent.parent().children()) {
            if (uncle == parent) {
                parts.addAll(inner);
                continue;
            }
            TextStats.Counts c = stats.get(uncle);
            Double score = scores.get(uncle);
            if (score != null && score >= threshold || c.text >= SIBLING_TEXT && c.linkDensity() < 0.2) parts.add(uncle);
        }
        return parts;
    }

    /** Text of a sibling or parent's sibling, with few links, that joins the article whatever its score. */
    private static final int SIBLING_TEXT = 150;

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            TextStats.Counts c = stats.get(sibling);
            boolean keep = score != null && score + bonus >= threshold
                    || c.text >= SIBLING_TEXT && c.linkDensity() < 0.2;
            if (!keep && (sibling.nameIs("p") || sibling.nameIs("blockquote") || sibling.nameIs("ul") || sibling.nameIs("ol")
                    || isHeading(sibling))) {
                double ld = c.linkDensity();
                keep = c.text > 80 && ld < 0.25
                        || c.text > 0 && ld == 0 && (endsSentence(sibling.text()) || isHeading(sibling));
            }
            if (keep) parts.add(sibling);
        }
        return parts;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?。！？:\"”»".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static boolean isHeading(Element el) {
        String t = el.normalName();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }

    private static int ownTextLength(Element el) {
        int n = 0;
        for (Node child : el.childNodes())
            if (child instanceof TextNode) n += TextStats.visibleLength(((TextNode) child).getWholeText().strip());
        return n;
    }

    /** Walks {@code root} once, flushing a block at every block-level boundary. */
    private void collect(Element root, List<TextBlock> out) {
        BlockWriter writer = new BlockWriter(out);
        NodeTraversor.filter(new NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode) {
                    writer.text(((TextNode) node).getWholeText(), inLink(node, root));
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element)) return FilterResult.CONTINUE;
                Element el = (Element) node;
                if (el != root && isLinkList(el)) {
                    writer.flush();
                    dropIntroduction(out);
                    return FilterResult.SKIP_ENTIRELY;
                }
                String tag = el.normalName();
                if (tag.equals("br")) {
                    writer.lineBreak();
                } else if (BLOCKS.contains(tag)) {
                    writer.flush();
                    writer.open(kindOf(tag));
                }
                return FilterResult.CONTINUE;
            }

            @Override public FilterResult tail(Node node, int depth) {
                if (node instanceof Element && BLOCKS.contains(((Element) node).normalName())) {
                    writer.flush();
                    writer.close();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        writer.flush();
    }

    /** "Related articles:", "Mehr zum Thema" — the heading of a link list goes with it. */
    private static void dropIntroduction(List<TextBlock> out) {
        if (out.isEmpty()) return;
        TextBlock last = out.get(out.size() - 1);
        String t = last.text();
        if (last.kind() == Block.Kind.HEADING && t.length() < 80 || t.length() < 50 && t.endsWith(":"))
            out.remove(out.size() - 1);
    }

    private static boolean inLink(Node node, Element root) {
        for (Node p = node.parentNode(); p != null && p != root; p = p.parentNode())
            if (p instanceof Element && ((Element) p).nameIs("a")) return true;
        return false;
    }

    /** A list or box that is mostly links: menus, related articles, tag clouds. */
    private boolean isLinkList(Element el) {
        if (!LISTS.contains(el.normalName())) return false;
        TextStats.Counts c = stats.get(el);
        return c.links >= 3 && c.linkDensity() > 0.5 || c.links >= 2 && c.linkDensity() > 0.8 && c.text < 200;
    }

    private static Block.Kind kindOf(String tag) {
        switch (tag) {
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": return Block.Kind.HEADING;
            case "li": case "dt": case "dd": return Block.Kind.LIST_ITEM;
            case "blockquote": return Block.Kind.QUOTE;
            default: return null;
        }
    }

    /** Gathers inline text into blocks; a block mostly made of link text is furniture. */
    private static final class BlockWriter {
        private final List<TextBlock> out;
        private final StringBuilder text = new StringBuilder();
        private final List<Block.Kind> kinds = new ArrayList<>();
        private int linkChars;
        private int breaks;

        BlockWriter(List<TextBlock> out) { this.out = out; }

        void open(Block.Kind kind) { kinds.add(kind); }

        void close() { if (!kinds.isEmpty()) kinds.remove(kinds.size() - 1); }

        void text(String s, boolean link) {
            if (s.isBlank()) {
                if (text.length() > 0) text.append(' ');
                return;
            }
            breaks = 0;
            text.append(s);
            if (link) linkChars += TextStats.visibleLength(s.strip());
        }

        /** One {@code <br>} breaks a line; two in a row end the paragraph. */
        void lineBreak() {
            if (++breaks >= 2) flush();
            else if (text.length() > 0) text.append('\n');
        }

        void flush() {
            String t = tidy(text);
            int links = linkChars;
            text.setLength(0);
            linkChars = 0;
            breaks = 0;
            if (t.isEmpty()) return;
            int len = TextStats.visibleLength(t);
            if (links > len * BLOCK_LINKS) return;
            if (len < 140 && FURNITURE_LINE.matcher(t).matches() || len < 100 && FURNITURE_WORD.matcher(t).find()) return;
            out.add(new TextBlock(currentKind(), t));
        }

        private Block.Kind currentKind() {
            for (int i = kinds.size() - 1; i >= 0; i--) if (kinds.get(i) != null) return kinds.get(i);
            return Block.Kind.PARAGRAPH;
        }
    }

    /** No-break spaces as spaces, then each run of spaces, tabs, CR, FF, U+200B, U+2028, U+2029 as one space. */
    private static String collapseSpaces(String line) {
        StringBuilder out = null;
        int n = line.length();
        boolean run = false;
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == '\u00a0') c = ' ';
            boolean space = c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u200b' || c == '\u2028' || c == '\u2029';
            if (out == null) {
                // unchanged so far: copy only once something differs (a non-space blank, or a second blank)
                if (!space || c == ' ' && line.charAt(i) == ' ' && !run) {
                    run = space;
                    continue;
                }
                out = new StringBuilder(n);
                out.append(line, 0, i);
                if (run) continue; // the run's single space is already copied
                out.append(' ');
                run = true;
                continue;
            }
            if (space) {
                if (!run) out.append(' ');
                run = true;
            } else {
                out.append(c);
                run = false;
            }
        }
        return out == null ? line : out.toString();
    }

    /** Collapses spaces within lines and drops empty lines. */
    static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (String line : raw.toString().split("\n")) {
            String l = collapseSpaces(line).strip();
            if (l.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(l);
        }
        return out.toString();
    }
}
