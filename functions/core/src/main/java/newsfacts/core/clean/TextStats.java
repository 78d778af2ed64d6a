package newsfacts.core.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
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
        // the open elements' counts, innermost last: a text node's parent is the innermost one,
        // so each element costs one map insertion and text nodes none
        ArrayList<Counts> open = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override public void head(Node node, int depth) {
                if (node instanceof Element) {
                    Counts c = new Counts();
                    stats.counts.put((Element) node, c);
                    open.add(c);
                } else if (node instanceof TextNode && !open.isEmpty()) {
                    String t = ((TextNode) node).getWholeText();
                    Counts c = open.get(open.size() - 1);
                    c.text += visibleLength(t);
                    c.commas += commas(t);
                }
            }

            @Override public void tail(Node node, int depth) {
                if (!(node instanceof Element)) return;
                Element el = (Element) node;
                Counts c = open.remove(open.size() - 1);
                if (el.nameIs("a")) {
                    c.linkText = c.text;
                    c.links++;
                }
                if (node != root && !open.isEmpty()) {
                    Counts p = open.get(open.size() - 1);
                    p.text += c.text;
                    p.linkText += c.linkText;
                    p.links += c.links;
                    p.commas += c.commas;
                }
            }
        }, root);
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
            if (Character.isWhitespace(ch) || ch == '\u00a0') {
                if (!space) n++;
                space = true;
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ',' || ch >= '\u060c' && (ch == '\uff0c' || ch == '\u3001' || ch == '\u060c' || ch == '\u3002')) n++;
        }
        return n;
    }
}
