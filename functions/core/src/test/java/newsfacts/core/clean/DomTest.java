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

    @Test
    void boundedTextIsTheStartOfJsoupsText() {
        Document doc = Jsoup.parse("<body>  \n <div>  Harbour&nbsp;report <br>tides<br/> <b>high</b>at noon</div>"
                + "<p>Ferry <span>to the <div>island</div> runs</span>late</p>&nbsp; <pre>  kept   as\n  is </pre>"
                + "<ul><li> one <li>two</ul><table><tr><td>a<td>b</table><img alt=x><select><option>no<option>yes</select>"
                + "<i>slanted</i><em> </em><textarea> raw  text </textarea>soft&shy;ly zero&#8203;width \uD83D\uDE00 smile"
                + "\t\f\r tabbed&#11;vt end &nbsp; \n </body>");
        for (Element el : doc.getAllElements()) {
            String full = el.text();
            assertEquals(full, Dom.text(el, Integer.MAX_VALUE), el.normalName() + " unbounded");
            for (int limit = 1; limit <= full.length() + 2; limit++)
                assertEquals(full.substring(0, Math.min(limit, full.length())), Dom.text(el, limit), el.normalName() + " to " + limit);
        }
    }

    @Test
    void normalisedLikeJsoup() {
        for (String text : new String[] {"", " ", "  a  b  ", "\u00a0x\u200by\u00adz ", "\uD83D\uDE00 \n\t e\uD83D", "\u200b \u200b a"})
            for (boolean stripLeading : new boolean[] {true, false}) {
                StringBuilder want = new StringBuilder("x"), got = new StringBuilder("x");
                org.jsoup.internal.StringUtil.appendNormalisedWhitespace(want, text, stripLeading);
                Dom.appendNormalised(got, text, stripLeading);
                assertEquals(want.toString(), got.toString(), "[" + text + "] " + stripLeading);
            }
    }

    @Test
    void childrenCountedUpToALimit() {
        Document doc = Jsoup.parse("<div>text <b>one</b> more <i>two</i><!-- note --><u>three</u></div><p>none</p><ul><li>a<li>b</ul>");
        for (Element el : doc.getAllElements())
            for (int limit = 0; limit <= 4; limit++)
                assertEquals(Math.min(limit, el.childrenSize()), Dom.childrenUpTo(el, limit), el.normalName() + " up to " + limit);
    }
}
