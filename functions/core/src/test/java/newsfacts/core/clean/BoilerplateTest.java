package newsfacts.core.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class BoilerplateTest {
    private static final String PAGE = "<body><nav><a href='/'>Home</a></nav><!-- ad slot -->"
            + "<div class='story'><p>The tide mill reopens on <b>Saturday</b>.</p><div class='share-bar'>Share</div>"
            + "<aside>More from the coast</aside><p hidden>draft</p><p>Volunteers rebuilt the wheel.</p></div>"
            + "<footer>Contact</footer><script>count()</script></body>";

    private static Document parse() {
        Document doc = Jsoup.parse(PAGE);
        doc.outputSettings().prettyPrint(false);
        return doc;
    }

    @Test
    void restoreGivesBackThePageAsParsed() {
        Document doc = parse();
        String parsed = doc.body().outerHtml();
        Boilerplate.Pruned pruned = Boilerplate.prune(doc.body(), Boilerplate.Level.FULL);
        assertNotEquals(parsed, doc.body().outerHtml());
        pruned.restore();
        assertEquals(parsed, doc.body().outerHtml());
    }

    @Test
    void aRestoredPagePrunesAsAFreshlyParsedOne() {
        Document restored = parse();
        Boilerplate.prune(restored.body(), Boilerplate.Level.FULL).restore();
        Boilerplate.Pruned again = Boilerplate.prune(restored.body(), Boilerplate.Level.MINIMAL);
        Document fresh = parse();
        Boilerplate.Pruned once = Boilerplate.prune(fresh.body(), Boilerplate.Level.MINIMAL);
        assertEquals(fresh.body().outerHtml(), restored.body().outerHtml());
        assertEquals(once.stats.get(fresh.body()).text, again.stats.get(restored.body()).text);
    }
}
