package newsfacts.core.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Per-element text figures from one bottom-up walk: characters of text, of text inside
 * links, number of links and of commas. Walking once keeps the cost linear in the page.
 */
final class TextStats {
    static final class Counts {
        int text, linkText, links, commas;

        double linkDensity() { return text == 0 ? 0 : (double) linkText / text; }
    }

    private static final Counts NONE = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();
    private final Element root;

    private TextStats(Element root) {
        this.root = root;
    }

    static TextStats of(Element root) {
        TextStats stats = new TextStats(root);
        // the open elements, innermost last, each with its counts and the index of its next child:
        // a text node's parent is the innermost one, so each element costs one map insertion and
        // text nodes none; a plain walk, as this runs over every node of the page
        Element[] path = new Element[64];
        Counts[] open = new Counts[64];
        int[] next = new int[64];
        int top = 0;
        path[0] = root;
        open[0] = new Counts();
        stats.counts.put(root, open[0]);
        while (top >= 0) {
            Element el = path[top];
            int i = next[top];
            if (i < el.childNodeSize()) {
                next[top] = i + 1;
                Node child = el.childNode(i);
                if (child instanceof Element e) {
                    if (++top == path.length) {
                        path = Arrays.copyOf(path, top * 2);
                        open = Arrays.copyOf(open, top * 2);
                        next = Arrays.copyOf(next, top * 2);
                    }
                    path[top] = e;
                    open[top] = new Counts();
                    next[top] = 0;
                    stats.counts.put(e, open[top]);
                } else if (child instanceof TextNode t) {
                    count(t.getWholeText(), open[top]);
                }
                continue;
            }
            // the element is done: a link's text is link text, and its figures add to its parent's
            Counts c = open[top];
            if (el.nameIs("a")) {
                c.linkText = c.text;
                c.links++;
            }
            if (top > 0) {
                Counts p = open[top - 1];
                p.text += c.text;
                p.linkText += c.linkText;
                p.links += c.links;
                p.commas += c.commas;
            }
            path[top] = null;
            top--;
        }
        return stats;
    }

    /**
     * Takes out what {@code el} (below the root, about to be removed) added to its ancestors, so
     * the figures stay those of a fresh walk over the smaller tree without walking it again.
     */
    void subtract(Element el) {
        Counts gone = get(el);
        int linkText = gone.linkText; // what the subtree gave its ancestors as link text
        for (Element p = el.parent(); p != null; p = p.parent()) {
            Counts c = counts.get(p);
            if (c == null) return;
            c.text -= gone.text;
            c.commas -= gone.commas;
            c.links -= gone.links;
            if (p.nameIs("a")) linkText = gone.text; // a link's link text is all of its text
            c.linkText -= linkText;
            if (p == root) return;
        }
    }

    Counts get(Element el) {
        return counts.getOrDefault(el, NONE);
    }

    /** Length without whitespace runs, so indentation in the source counts for nothing. */
    static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (isSpace(ch)) {
                if (!space) n++;
                space = true;
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }

    /**
     * {@link Character#isWhitespace} or a no-break space. ASCII is answered here: this runs on
     * every character of the page's text, and the general lookup costs several times more.
     */
    static boolean isSpace(char ch) {
        if (ch < 0x80) return ch == ' ' || ch >= '\t' && ch <= '\r' || ch >= '\u001c' && ch <= '\u001f';
        return ch == '\u00a0' || Character.isWhitespace(ch);
    }

    /** What {@code \\s} matches in a regex without UNICODE_CHARACTER_CLASS. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Adds the {@link #visibleLength} and the commas of {@code s} to {@code c}, in one pass over it. */
    private static void count(String s, Counts c) {
        int n = 0, commas = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (isSpace(ch)) {
                if (!space) n++;
                space = true;
                continue;
            }
            n++;
            space = false;
            if (ch == ',' || ch >= '\u060c' && (ch == '\uff0c' || ch == '\u3001' || ch == '\u060c' || ch == '\u3002')) commas++;
        }
        c.text += n;
        c.commas += commas;
    }
}
