package newsfacts.core.clean;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Byline cleaning rules, each on a small invented page. */
class AuthorsTest {
    private static List<String> authors(String body) {
        var doc = Jsoup.parse("<html><head></head><body>" + body + "</body></html>");
        return HtmlMetadata.read(doc, Instant.parse("2024-06-01T12:00:00Z")).authors;
    }

    @Test
    void nameWrittenTwiceIsOneName() {
        assertEquals(List.of("Jane Doe"), authors("<h1>Harbour news</h1><div class='byline'>© Jane Doe Jane Doe</div><p>Text.</p>"));
        assertEquals(List.of("Jane Doe"), authors("<h1>Harbour news</h1><div class='byline'>Jane DoeJane Doe</div><p>Text.</p>"));
    }

    @Test
    void bylineWordGluedToItsLabel() {
        assertEquals(List.of("Jane Doe"), authors("<h1>Harbour news</h1><div class='byline'>Veröffentlicht vonJane Doe</div><p>Text.</p>"));
        assertEquals(List.of("jd42"), authors("<h1>Harbour news</h1><div class='byline'>Beitragvon jd42 » 03.02.2021</div><p>Text.</p>"));
    }

    @Test
    void jsonLdAuthorGivenAsALinkIsNoName() {
        var doc = Jsoup.parse("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"author\":\"https://news.example/author/jdoe/\"}</script></head><body><p>Von Jo Beispiel</p></body></html>");
        assertEquals(List.of("Jo Beispiel"), HtmlMetadata.read(doc, Instant.parse("2024-06-01T12:00:00Z")).authors);
    }

    @Test
    void loginsAndLabelsInBylines() {
        assertEquals(List.of("Jane Doe"), Authors.fromByline("jane.doe"));
        assertEquals(List.of("beispiel.de"), Authors.fromByline("beispiel.de"));
        assertEquals(List.of("Jane Q. Doe"), Authors.fromByline("Jane Q.\u00a0 Doe"));
        assertEquals(List.of("Support Team"), Authors.fromByline("vom Support Team"));
        assertEquals(List.of(), Authors.fromByline("Zuletzt geändert"));
    }
}
