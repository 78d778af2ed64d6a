package newsfacts.core.clean;

import org.jsoup.nodes.Element;

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
}
