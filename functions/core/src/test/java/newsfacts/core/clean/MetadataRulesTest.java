package newsfacts.core.clean;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The metadata rules of version 0.3, each on a small page written for it. */
class MetadataRulesTest {
    private static final Instant UPLOADED = Instant.parse("2024-06-01T12:00:00Z");

    private static HtmlMetadata read(String head, String body) {
        return HtmlMetadata.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"), UPLOADED);
    }

    @Test
    void utcStampTakesTheDayThePageShows() {
        HtmlMetadata m = read("<meta property='article:published_time' content='2024-03-05T04:30:00+00:00'>",
                "<h1>Late night vote</h1><div class='post-date'>March 4, 2024 at 11:30 p.m.</div>");
        assertEquals("2024-03-04", m.published);
    }

    @Test
    void utcStampKeptWhenThePageShowsThatDay() {
        HtmlMetadata m = read("<meta property='article:published_time' content='2024-03-05T04:30:00+00:00'>",
                "<div class='date'>Today: 4 March 2024</div><time datetime='2024-03-05'>5 March 2024</time>");
        assertTrue(m.published.startsWith("2024-03-05T04:30"), m.published);
    }

    @Test
    void utcMidnightOfALocalDayIsThatDay() {
        HtmlMetadata m = read("<meta property='article:published_time' content='2024-03-04T23:00:00.000Z'>", "<p>Text</p>");
        assertEquals("2024-03-05", m.published);
        HtmlMetadata withOffset = read("<meta property='article:published_time' content='2024-03-04T23:30:00+01:00'>", "");
        assertTrue(withOffset.published.startsWith("2024-03-04"), "an offset keeps its own local day");
    }

    @Test
    void kickerInsideTheHeadingIsDropped() {
        assertEquals("Große Aufgaben für die neue Regierung", read("<title>Große Aufgaben für die neue Regierung</title>",
                "<h1> <small>Ausland</small><br> Große Aufgaben für die neue Regierung </h1>").title);
        assertEquals("Neue Brücke über den Fluss", read("",
                "<h1><span class='topline'>Stadtrat</span> Neue Brücke über den Fluss</h1>").title);
        // a word that only starts the sentence is not a kicker
        assertEquals("Streit der Nachbarn eskaliert am Zaun", read("",
                "<h1><span class='hl'>Streit</span> der Nachbarn eskaliert am Zaun</h1>").title);
    }

    @Test
    void siteNameEndAndSiteHeadingsAreNotTheTitle() {
        HtmlMetadata m = read("<title>Short one – Example Blog</title><meta property='og:site_name' content='Example Blog'>"
                        + "<meta property='og:title' content='Short one'>",
                "<h1 class='site-title'>Example Blog</h1><h2 class='site-description'>Notes on everything</h2>"
                        + "<article><h1 class='entry-title'>Short one</h1></article>");
        assertEquals("Short one", m.title);
        HtmlMetadata byDomain = read("<title>Air quality report | Umweltamt</title>"
                + "<link rel='canonical' href='https://www.umweltamt.example/report'>", "<div class='title'>Air quality report | Umweltamt</div>");
        assertEquals("Air quality report", byDomain.title);
    }

    @Test
    void logoHeadingThatLinksHomeIsNotTheTitle() {
        HtmlMetadata m = read("<title>Notes from the garden</title>",
                "<h1><a href='https://garden.example/' rel='home'>Notes from the garden</a></h1>"
                        + "<article><h1 class='entry-title'>Tomatoes in a cold May</h1><p>Text</p></article>");
        assertEquals("Tomatoes in a cold May", m.title);
        assertEquals("Jens Doe", read("", "<h1>[&gt; Jens Doe</h1>").title);
    }

    @Test
    void postLabelsDoNotMakeAnArticleAComment() {
        HtmlMetadata m = read("<meta property='og:title' content='Need for answers'>",
                "<article class='post tag-reply-all comments-open'><h1>Need for answers</h1></article>"
                        + "<div id='comments'><h2>Need for answers</h2><span class='author'>A Reader</span></div>");
        assertEquals("Need for answers", m.title);
        assertEquals(List.of(), m.authors);
    }

    @Test
    void authorsFromAuthorPagesAndLabelledBylines() {
        assertEquals(List.of("Jane Doe"), read("", "<p>Posted in <a href='/author/jane-doe/'>Jane Doe</a></p>").authors);
        assertEquals(List.of("der Michel"), Authors.fromByline("Eingestellt von der Michel"));
        assertEquals(List.of("Martin Junker"), Authors.fromByline("Alles von Martin Junker"));
        assertEquals(List.of("Johanna Kropfitsch"), Authors.fromByline("Johanna Kropfitsch Alle Artikel"));
        assertEquals(List.of("John Walk"), Authors.fromByline("John Walk - January 5"));
        assertEquals(List.of(), Authors.fromByline("Auteurs"));
        assertEquals(List.of(), Authors.fromByline("wordpressadmin"));
    }
}
