package newsfacts.core.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class DomTest {
    private static void assertSameElements(List<Element> want, List<Element> got) {
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) assertSame(want.get(i), got.get(i), "element " + i);
    }

    @Test
    void elementsAreJsoupsAllElementsInPageOrder() {
        Document doc = Jsoup.parse("<!-- a note --><html><head><title>Rowing club</title><meta name='x' content='y'></head>"
                + "<body>Loose text<div id='a'><p>One <b>bold</b> and <i>slanted <u>deep</u></i> word</p><!-- gap -->"
                + "<ul><li>first<li>second <a href='/x'>link</a></ul></div><table><tr><td>cell<td><img src='i.png'>"
                + "</table><br>tail text<div><div><div><span>nested</span></div></div></div></body></html>");
        assertSameElements(doc.getAllElements(), Dom.elements(doc));
        assertSameElements(doc.body().getAllElements(), Dom.elements(doc.body()));
        assertSameElements(doc.selectFirst("li").getAllElements(), Dom.elements(doc.selectFirst("li")));
    }
}
