package newsfacts.core.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextStatsTest {
    private static final String[] TAGS = {"div", "p", "a", "span", "li", "a", "section"};
    private static final String[] WORDS = {"one, two", " three ", "four，five", "\n  ", "six", "seven, eight, nine"};

    /** Random nested markup with links inside links, text at every level, commas here and there. */
    private static void grow(StringBuilder html, Random random, int depth) {
        for (int i = random.nextInt(4); i >= 0; i--) {
            if (depth > 5 || random.nextInt(3) == 0) {
                html.append(WORDS[random.nextInt(WORDS.length)]);
                continue;
            }
            String tag = TAGS[random.nextInt(TAGS.length)];
            html.append('<').append(tag).append('>');
            grow(html, random, depth + 1);
            html.append("</").append(tag).append('>');
        }
    }

    @Test
    void subtractingRemovedElementsGivesTheFiguresOfAFreshWalk() {
        Random random = new Random(11);
        int removed = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder html = new StringBuilder("<body>");
            grow(html, random, 0);
            Element body = Jsoup.parse(html.append("</body>").toString()).body();
            TextStats stats = TextStats.of(body);
            // remove a few disjoint elements, as pruning does
            List<Element> doomed = new ArrayList<>();
            for (Element el : body.getAllElements()) {
                if (el == body || random.nextInt(5) != 0) continue;
                boolean inside = false;
                for (Element d : doomed) inside |= el.parents().contains(d);
                if (!inside) doomed.add(el);
            }
            for (Element el : doomed) {
                stats.subtract(el);
                el.remove();
                removed++;
            }
            TextStats fresh = TextStats.of(body);
            for (Element el : body.getAllElements()) {
                TextStats.Counts want = fresh.get(el), got = stats.get(el);
                String where = body.html();
                assertEquals(want.text, got.text, where);
                assertEquals(want.linkText, got.linkText, where);
                assertEquals(want.links, got.links, where);
                assertEquals(want.commas, got.commas, where);
            }
        }
        assertTrue(removed > 300, "elements were removed: " + removed);
    }

    @Test
    void figuresAreThoseOfTheTextNodesUnderEachElement() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            StringBuilder html = new StringBuilder("<body>");
            grow(html, random, 0);
            Element body = Jsoup.parse(html.append("</body>").toString()).body();
            TextStats stats = TextStats.of(body);
            for (Element el : body.getAllElements()) {
                int text = 0, linkText = 0, commas = 0;
                for (Element inner : el.getAllElements()) {
                    for (org.jsoup.nodes.TextNode t : inner.textNodes()) {
                        String s = t.getWholeText();
                        text += TextStats.visibleLength(s);
                        commas += s.length() - s.replace(",", "").replace("\uff0c", "").length();
                        // link text: inside a link that is this element or under it
                        for (Element p = inner; p != null; p = p == el ? null : p.parent())
                            if (p.nameIs("a")) {
                                linkText += TextStats.visibleLength(s);
                                break;
                            }
                    }
                }
                TextStats.Counts got = stats.get(el);
                String where = el.outerHtml();
                assertEquals(text, got.text, where);
                assertEquals(linkText, got.linkText, where);
                assertEquals(el.getElementsByTag("a").size(), got.links, where);
                assertEquals(commas, got.commas, where);
            }
        }
    }

    @Test
    void aSpaceIsJavasWhitespaceOrANoBreakSpace() {
        for (char c = 0; c < Character.MAX_VALUE; c++)
            assertEquals(Character.isWhitespace(c) || c == '\u00a0', TextStats.isSpace(c), "U+" + Integer.toHexString(c));
    }
}
