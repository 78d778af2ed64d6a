package newsfacts.core.clean;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

/** Which parts of a page the body keeps: leads, split articles, page-builder blocks. */
class BodyRulesTest {
    private static final String PARAGRAPHS = "<p>The harbour authority said on Tuesday that the new pier, which took three years to build, "
            + "will open to ferries in the spring, and that fares will stay the same for residents.</p>"
            + "<p>Fishermen, who had opposed the plan at first, said the pier would shelter their boats from winter storms, "
            + "although some of them still worry about the noise of the ferries at night.</p>"
            + "<p>The council, which paid for a third of the work, expects more visitors in the summer, and the shops "
            + "near the harbour have already begun to hire more staff for the season.</p>";

    /** A block of links with more text than the article, so that the article is not most of the page. */
    private static final String LINKS = "<div class='more'>"
            + "<a href='/x'>Another story from the archive of this newspaper, worth a read on a rainy day</a> ".repeat(12) + "</div>";

    private static String body(String html) throws CleaningException {
        return new Cleaner().clean("t", html.getBytes(StandardCharsets.UTF_8), "page.html", null,
                Instant.parse("2024-06-01T00:00:00Z")).body();
    }

    private static String page(String body) {
        return "<html><head><title>Pier</title></head><body>" + body + "</body></html>";
    }

    @Test
    void aLeadBoxThatWrapsItsParagraphJoins() throws CleaningException {
        String text = body(page("<div class='news'><div class='article'><div class='header'><h1>New pier opens</h1></div>"
                + "<div class='teaser-text'><p>A lead paragraph that sums the story up for hurried readers.</p></div>"
                + "<div class='media'></div><div class='news-text-wrap'>" + PARAGRAPHS.repeat(3) + "</div></div></div>"));
        assertTrue(text.contains("A lead paragraph that sums"), text);
    }

    @Test
    void theStandfirstUnderTheHeadlineJoinsButNotTheSiteTagline() throws CleaningException {
        String text = body(page("<div id='site-description'>Our little town, every day</div>"
                + "<div class='page'><header><div><h1>New pier opens</h1></div><div><div>"
                + "<p>Three years after work began, ferries can finally moor at the new pier in the old harbour.</p>"
                + "</div></div></header><div class='wrap'><div class='col'><div class='story'>" + PARAGRAPHS.repeat(3)
                + "</div></div></div>" + LINKS + "</div>"));
        assertTrue(text.contains("Three years after work began"), text);
        assertFalse(text.contains("Our little town"), text);
    }

    @Test
    void aLayoutWithASidebarIsNotASidebar() throws CleaningException {
        String text = body(page("<div class='row has-sidebar'><div class='story'>" + PARAGRAPHS.repeat(2) + "</div></div>"
                + "<div class='other'>" + "<p>Elsewhere in town, the library opens longer in summer, the mayor said.</p>".repeat(8)
                + "</div>" + LINKS));
        assertTrue(text.contains("The harbour authority said"), text);
    }

    @Test
    void longTextUnderAMetaClassIsTheArticle() throws CleaningException {
        String text = body(page("<div class='main'><div class='news-article-meta'><h2>New pier opens</h2>" + PARAGRAPHS
                + "</div><div class='entry-meta'>Posted on 3 May by the editors</div><div>"
                + "<p>A second story, much shorter, on the same page for the same readers.</p></div></div>" + LINKS));
        assertTrue(text.contains("The harbour authority said"), text);
        assertFalse(text.contains("Posted on 3 May"), text);
    }

    @Test
    void oneMetaClassDropsItsShortLineButKeepsItsLongArticle() throws CleaningException {
        // the class decides once per page; the length still decides for each element
        String text = body(page("<div class='main'><div class='post-date'>Posted on 3 May by the editors</div>"
                + "<div class='post-date'><h2>New pier opens</h2>" + PARAGRAPHS + "</div>"
                + "<div class='post-date'>Updated on 4 May</div></div>" + LINKS));
        assertTrue(text.contains("The harbour authority said"), text);
        assertFalse(text.contains("Posted on 3 May"), text);
        assertFalse(text.contains("Updated on 4 May"), text);
    }

    @Test
    void everySectionMarkedAsArticleBodyJoins() throws CleaningException {
        String section = "<div class='wrap'><div class='inner'><section itemprop='articleBody'>%s</section></div></div>";
        String text = body(page("<article>" + String.format(section, PARAGRAPHS)
                + "<div class='ad'>Advertisement</div>"
                + String.format(section, "<p>After the break, the article goes on with a second part that tells how the pier was built.</p>")
                + "</article>"));
        assertTrue(text.contains("The harbour authority said"), text);
        assertTrue(text.contains("After the break"), text);
    }

    @Test
    void pageBuilderBlocksOfOneClassJoin() throws CleaningException {
        String row = "<div class='vc_row'><div class='vc_column'><div class='vc_column-inner'><div class='wpb_wrapper'>"
                + "<div class='wpb_text_column vc_custom_%d'><div class='wpb_wrapper'>%s</div></div></div></div></div></div>";
        String text = body(page("<div class='entry'>" + String.format(row, 1, PARAGRAPHS)
                + "<div class='vc_row'><div class='vc_column'><a href='/a'>Subscribe</a></div></div>"
                + String.format(row, 2, "<p>Further down, in a row of its own, the builder put one more paragraph of the article, on what the pier cost.</p>")
                + "</div>"));
        assertTrue(text.contains("The harbour authority said"), text);
        assertTrue(text.contains("Further down, in a row of its own"), text);
    }

    @Test
    void anArticleKeptInNoscriptIsReadButANoscriptNoticeIsNot() throws CleaningException {
        String text = body(page("<noscript><p>Please enable JavaScript to view this site.</p></noscript>"
                + "<div class='post'><div class='post-body'><noscript>" + PARAGRAPHS + "</noscript></div></div>"));
        assertTrue(text.contains("The harbour authority said"), text);
        assertFalse(text.contains("enable JavaScript"), text);
    }
}
