package newsfacts.core.clean;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** Walks over a parsed page that jsoup's selector machinery would make slower. */
final class Dom {
    private Dom() {}

    /**
     * {@link Element#getAllElements()}: the root and every element under it, in page order. A
     * plain walk with a stack; jsoup's own goes through a stream and costs a few times more.
     */
    static List<Element> elements(Element root) {
        List<Element> out = new ArrayList<>();
        ArrayDeque<Element> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element el = stack.pop();
            out.add(el);
            // children pushed last to first, so the first is taken next
            for (int i = el.childNodeSize() - 1; i >= 0; i--) if (el.childNode(i) instanceof Element child) stack.push(child);
        }
        return out;
    }

    /**
     * {@link Element#childrenSize()}, counted only up to {@code limit}: the rules ask "more than a few?",
     * and jsoup answers by building (and keeping) the list of the children.
     */
    static int childrenUpTo(Element el, int limit) {
        int count = 0;
        for (int i = 0, n = el.childNodeSize(); i < n && count < limit; i++) if (el.childNode(i) instanceof Element) count++;
        return count;
    }

    /**
     * {@code el.text()} cut to at most {@code limit} characters, without building the rest: a whole
     * page's text is long and a rule may read only its start. The same separators and whitespace
     * rules as jsoup's {@link Element#text()} (1.24), so the start is the same, character for character.
     */
    static String text(Element el, int limit) {
        StringBuilder accum = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            /** Where the text starts once {@code trim()} takes the leading whitespace; -1 before any. */
            private int start = -1, scanned;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (text instanceof CDataNode || preservesWhitespace(text.parent())) accum.append(text.getWholeText());
                    else appendNormalised(accum, text.getWholeText(), endsWithSpace(accum));
                } else if (node instanceof Element e && accum.length() > 0 && separatesBefore(e) && !endsWithSpace(accum)) {
                    accum.append(' ');
                }
                return enough();
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && separatesAfter(e) && !endsWithSpace(accum)) {
                    Node next = node.nextSibling();
                    if (next instanceof TextNode || next instanceof Element n && n.tag().isInline()) accum.append(' ');
                }
                return enough();
            }

            /** Stops once {@code limit} characters after the leading whitespace end in one that {@code trim()} keeps. */
            private FilterResult enough() {
                for (; start < 0 && scanned < accum.length(); scanned++) if (accum.charAt(scanned) > ' ') start = scanned;
                if (start < 0 || accum.length() - start < limit) return FilterResult.CONTINUE;
                for (int i = accum.length() - 1; i - start >= limit - 1; i--) if (accum.charAt(i) > ' ') return FilterResult.STOP;
                return FilterResult.CONTINUE;
            }
        }, el);
        String text = accum.toString().trim();
        return text.length() > limit ? text.substring(0, limit) : text;
    }

    /**
     * jsoup's {@link StringUtil#appendNormalisedWhitespace}, with its own tests for whitespace (nbsp included)
     * and invisible characters, but appending runs of plain characters at once rather than one code point at a time.
     */
    static void appendNormalised(StringBuilder accum, String s, boolean stripLeading) {
        boolean lastWasWhite = false, reachedNonWhite = false;
        int run = -1; // where the current run of plain characters starts
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean white = StringUtil.isActuallyWhitespace(c);
            if (!white && !StringUtil.isInvisibleChar(c)) {
                if (run < 0) run = i;
                continue;
            }
            if (run >= 0) {
                accum.append(s, run, i);
                run = -1;
                lastWasWhite = false;
                reachedNonWhite = true;
            }
            if (white && !(stripLeading && !reachedNonWhite) && !lastWasWhite) {
                accum.append(' ');
                lastWasWhite = true;
            }
        }
        if (run >= 0) accum.append(s, run, s.length());
    }

    private static boolean endsWithSpace(StringBuilder accum) {
        return accum.length() > 0 && accum.charAt(accum.length() - 1) == ' ';
    }

    private static boolean separatesBefore(Element e) {
        return e.isBlock() || e.nameIs("br") || e.tag().is(Tag.TextBoundary) && e.childNodeSize() > 0 && e.hasText();
    }

    private static boolean separatesAfter(Element e) {
        if (e.tag().is(Tag.TextBoundary) || !e.tag().isInline()) return true;
        for (int i = 0; i < e.childNodeSize(); i++) if (e.childNode(i) instanceof Element child && child.isBlock()) return true;
        return false;
    }

    /** Text in {@code <pre>} and the like, up to six levels above, keeps its whitespace. */
    private static boolean preservesWhitespace(Element parent) {
        int up = 0;
        for (Element e = parent; e != null && up < 6; e = e.parent(), up++) if (e.tag().preserveWhitespace()) return true;
        return false;
    }
}
