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
    void plainTextKickerBeforeTheTitleTagsHeadlineIsDropped() {
        assertEquals("Neue Brücke über den Fluss bis Mai fertig", read("<title>Neue Brücke über den Fluss bis Mai fertig - Stadtblatt</title>",
                "<h1 class='entry-title'>Verkehr in der Altstadt: Neue Brücke über den Fluss bis Mai fertig</h1>").title);
        // a quotation in front is part of the headline
        assertEquals("„Nie wieder Stau“: Neue Brücke über den Fluss bis Mai fertig", read("<title>Neue Brücke über den Fluss bis Mai fertig</title>",
                "<h1>„Nie wieder Stau“: Neue Brücke über den Fluss bis Mai fertig</h1>").title);
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
        assertEquals(List.of("Kai Muster"), read("", "<p><a href='https://example.org/a/b/Autoren/kai-muster'>Kai Muster</a></p>").authors);
        // a thread marked by its class or by its id: the names in it are readers'
        assertEquals(List.of(), read("", "<ol class='Comment-List'><li><a href='/author/ann-lee'>Ann Lee</a></li></ol>").authors);
        assertEquals(List.of(), read("", "<section id='Respond'><a href='/author/ann-lee'>Ann Lee</a></section>").authors);
        assertEquals(List.of("der Michel"), Authors.fromByline("Eingestellt von der Michel"));
        assertEquals(List.of("Martin Junker"), Authors.fromByline("Alles von Martin Junker"));
        assertEquals(List.of("Johanna Kropfitsch"), Authors.fromByline("Johanna Kropfitsch Alle Artikel"));
        assertEquals(List.of("John Walk"), Authors.fromByline("John Walk - January 5"));
        assertEquals(List.of(), Authors.fromByline("Auteurs"));
        assertEquals(List.of(), Authors.fromByline("wordpressadmin"));
    }

    @Test
    void thePublisherSignsOnlyWhenNoPersonIsNamed() {
        String head = "<meta property='og:site_name' content='Example Foundation'><meta name='author' content='Example Foundation'>";
        assertEquals(List.of("Example Foundation"), read(head, "<p>Text</p>").authors);
        assertEquals(List.of("Jane Doe"), read(head, "<span class='author'>Posted on May 3, 2024 by Jane Doe</span>").authors);
        assertEquals(List.of("Redaktion"), read("", "<span class='author'>Von Redaktion</span>").authors);
        assertEquals(List.of("Anna Muster"), read("<meta name='author' content='Redaktion'>", "<p>Von Anna Muster</p>").authors);
        assertEquals(List.of("Jo Beispiel"), read("<title>Headline - Example Club Town</title><meta name='author' content='Example Club'>",
                "<p>Geschrieben von Jo Beispiel am 3.5.2024</p>").authors);
    }

    @Test
    void labelsAndDatesAroundBylines() {
        assertEquals(List.of("Fritz Muster"), read("", "<div><span>Autor:</span> Fritz Muster<br>Quelle: Beispiel</div>").authors);
        assertEquals(List.of("Nora Beispiel"), read("", "<h4>Autor</h4> <p><a href='/p/nb'>Nora Beispiel</a></p>").authors);
        assertEquals(List.of("Uta Beispiel"), read("", "<small>05.03.2021 | 10:20 Uhr | Uta Beispiel</small>").authors);
        assertEquals(List.of("Pia Muster"), read("", "<div>Ein Artikel von <strong>Pia Muster</strong> | 03.02.2021 - 09:15</div>").authors);
        assertEquals(List.of(), read("", "<div><span>von</span> <button>bis</button></div>").authors);
        // a name in bold closing the article's text signs it; one with more text after it is a subheading
        String story = "<p>Erster Absatz.</p><p>Zweiter Absatz.</p><p>Dritter Absatz.</p>";
        assertEquals(List.of("Ida Muster"), read("", "<div>" + story + "<p><b><i>Ida Muster</i></b></p></div>").authors);
        assertEquals(List.of(), read("", "<div>" + story + "<p><b>Neue Regeln</b></p><ul><li>Mehr Text</li></ul></div>").authors);
        // a byline set off from the date by a separator, and "Redaktion:" naming a person
        assertEquals(List.of("Lea Beispiel"), read("", "<div class='meta'><span>| By</span> <span>Lea Beispiel</span></div>").authors);
        assertEquals(List.of("Ole Muster"), read("", "<div>05.02.2020 <span>- Redaktion: Ole Muster (Sprecher)</span></div>").authors);
        // a pager is no date before a name, and reading it must not try every split of its spaces
        StringBuilder pager = new StringBuilder();
        for (int i = 1; i <= 22; i++) pager.append(i).append(" | ");
        assertEquals(List.of("Jo Beispiel"), read("", "<div>" + pager + "Weiter</div><p>Von Jo Beispiel</p>").authors);
        // a headline that opens like a byline is still the headline
        assertEquals(List.of(), read("<title>Von Brücken, Straßen und Plänen</title>", "<h1>Von Brücken, Straßen und Plänen</h1>").authors);
    }

    @Test
    void bylinesCleanedToNames() {
        assertEquals(List.of("kappa42"), Authors.fromByline("kappa42"));
        assertEquals(List.of("Jane Doe"), Authors.fromByline("View all posts by Jane Doe"));
        assertEquals(List.of("Alex Muster"), Authors.fromByline("By Alex Muster Friday, March 1, 2024"));
        assertEquals(List.of("Lena Muster"), Authors.fromByline("Site-Experte Lena Muster"));
        assertEquals(List.of("Staff Writer"), Authors.fromByline("By Staff Writer"));
        assertEquals(List.of("Ann Lee", "Raf Ell"), Authors.fromByline("'Ann Lee, Raf Ell'"));
        assertEquals(List.of(), Authors.fromByline("No Author"));
        assertEquals(List.of(), Authors.fromByline("Stand: 01.02.2021"));
    }

    @Test
    void jsonLdGraphWithAnAuthorByReferenceATypeListAndARepeatedKey() {
        String graph = "{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Lakeside Post\"},"
                + "{\"@type\":[\"NewsArticle\",\"Thing\"],\"headline\":\"Ferry fares\",\"headline\":\"Ferry fares fall\","
                + "\"datePublished\":\"2024-05-03\",\"author\":[{\"@id\":\"#p1\"}],\"publisher\":{\"name\":\"Lakeside Post\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Ines Varga\"}]}";
        HtmlMetadata m = read("<script type='application/ld+json'>{ broken</script><script type='application/ld+json'>" + graph + "</script>",
                "<h1>Ferry fares fall</h1><p>Text</p>");
        assertEquals("Ferry fares fall", m.title);
        assertEquals(List.of("Ines Varga"), m.authors);
        assertEquals("2024-05-03", m.published);
        assertEquals("Lakeside Post", m.siteName);
    }

    @Test
    void aLoginTakesTheFullNameTheBylineGives() {
        HtmlMetadata m = read("<script type='application/ld+json'>{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":\"janedoe\"}}</script>",
                "<div class='byline'>von <a href='/p/jd'>Jane Doe</a></div>");
        assertEquals(List.of("Jane Doe"), m.authors);
    }

    @Test
    void titleFromAStrayTitleAndTheArticlesOwnTitleTag() {
        HtmlMetadata stray = HtmlMetadata.read(Jsoup.parse("<b>Warning</b> notice<!DOCTYPE html><html><head><title>Spring comes early | Example</title>"
                + "</head><body><p>Text</p></body></html>"), UPLOADED);
        assertEquals("Spring comes early", stray.title);
        HtmlMetadata section = read("<title>News - Example</title><meta property='og:title' content='Solar output rises'>",
                "<h1>News</h1><h1>Solar output rises</h1>");
        assertEquals("Solar output rises", section.title);
    }

    @Test
    void siteNameInTheMiddleOfTheTitleEndsTheHeadline() {
        String head = "<title>Winter pike on the lake | angelpost.example | Your weekly angling news</title>"
                + "<link rel='canonical' href='https://www.angelpost.example/pike'>";
        assertEquals("Winter pike on the lake", read(head, "<h1>Winter pike on the lake</h1>").title);
        assertEquals("Winter pike on the lake", read(head, "<p>No heading</p>").title);
    }

    @Test
    void headingTextForScreenReadersOrInSmallPrintIsNotTheHeadline() {
        assertEquals("Tides rise early", read("<title>Tides rise early</title>",
                "<h1 class='title'>Tides rise early<span class='element-invisible'> | Coastal Notes</span></h1>").title);
        assertEquals("Tides rise early", read("<meta property='og:title' content='Tides rise early'>",
                "<h1>Tides rise early<br><small>04.02.2023 • Region, Weather</small></h1>").title);
    }

    @Test
    void markedKickerThatTheTitlesRepeatIsDropped() {
        assertEquals("Old oaks fall in the city park", read("<meta property='og:title' content='Storm: Old oaks fall in the city park'>",
                "<h1>Storm: Old oaks fall in the city park</h1>"
                        + "<h2><span class='story__kicker'>Storm</span><span class='story__title'>Old oaks fall in the city park</span></h2>").title);
    }

    @Test
    void dateInFrontOfTheTitleIsDropped() {
        assertEquals("Home side wins the cup final", read("<title>17.05.2023 - Home side wins the cup final</title>", "").title);
    }

    @Test
    void h1ThatGoesOnWhereTheTitleTagStopsIsTheHeadline() {
        assertEquals("Mill doubles its output in Ohio", read("<meta property='og:title' content='Mill doubles its output'>",
                "<h1>Mill doubles its output in Ohio</h1><h3 class='entry-title'>Mill doubles its output</h3>").title);
    }

    @Test
    void siteNameWithASeparatorOfItsOwnEndsTheTitleAsAWhole() {
        assertEquals("Cross body lead", read("<title>Cross body lead - Dance figures - Salsa Club Town</title>",
                "<h1><a href='/'>Dance figures - Salsa Club Town</a></h1><p>Text.</p>").title);
    }

    @Test
    void h1ThatIsTheShorterEndOfTheTitleIsStillTheHeadline() {
        // nothing names the site: the shorter end of the title might be its name, but not when the page's h1 says it
        assertEquals("Bears: a record year", read("<title>Bears: a record year | National Park of the Example Mountains</title>",
                "<h1>Bears: a record year</h1><p>Text.</p>").title);
    }

    @Test
    void logoHeadingNamesTheSite() {
        assertEquals("All things pass", read("<title>All things pass | Market for a good life</title>",
                "<h1><a href='https://market.example/'>Market for a good life</a></h1><h1 class='entry-title'>All things pass</h1>").title);
    }

    @Test
    void siteSignsThePageWhenNobodyElseDoes() {
        String head = "<title>Saving water at home | Blueriver</title><link rel='canonical' href='https://www.blueriver.example/water'>";
        assertEquals(List.of("Blueriver"), read(head, "<h1>Saving water at home</h1><p>Text.</p>").authors);
        assertEquals(List.of("Eva Beispiel"), read(head, "<p>Von Eva Beispiel</p>").authors);
        // a domain spells the name without its accents
        assertEquals(List.of("Grünwerk Ökostrom"), read("<title>Power from the sun | Grünwerk Ökostrom</title>"
                + "<link rel='canonical' href='https://gruenwerk-oekostrom.example/sun'>", "<p>Text.</p>").authors);
        // a title's end that does not name the domain is a slogan, no signature
        assertEquals(List.of(), read("<title>Saving water | Tips for every day</title><link rel='canonical' href='https://blueriver.example/'>",
                "<p>Text.</p>").authors);
    }

    @Test
    void imprintOpeningWithTheSiteNameIsNotSplitIntoPeople() {
        assertEquals(List.of("Harbour Radio"), read("<meta property='og:site_name' content='Harbour Radio'>"
                + "<meta name='author' content='Harbour Radio, Kiel, Germany'>", "<p>Text.</p>").authors);
        assertEquals(List.of("Pens & Paper"), read("<meta property='og:site_name' content='Pens & Paper'>"
                + "<meta name='author' content='Pens &amp; Paper'>", "<p>Text.</p>").authors);
    }

    @Test
    void creditAndLoginSignOnlyWhenNoWriterIsNamed() {
        assertEquals(List.of("Radio Nord/ab"), read("<meta name='author' content='radionord.de'><link rel='canonical' href='https://radionord.de/news/1'>",
                "<p>Text.</p><p><em>Quelle: Radio Nord/ab</em></p>").authors);
        assertEquals(List.of("Beispiel Energie AG"), read("", "<h2>Pressemitteilung</h2><h6>Herausgeber: <a href='/f/1'>Beispiel Energie AG</a></h6>").authors);
        assertEquals(List.of(), read("", "<figure><figcaption><span>Quelle: Foto Beispiel</span></figcaption></figure>").authors);
        assertEquals(List.of(), read("", "<p>Quelle: Verband (VB), 2. Mai 2022</p>").authors);
        // a desk that signs the piece outranks the credit
        assertEquals(List.of("Redaktion"), read("", "<span class='author'>Von Redaktion</span><p>Quelle: Radio Nord/ab</p>").authors);
        assertEquals(List.of("jdoe42"), read("", "<div class='submitted'>Gespeichert von <span>jdoe42</span> am 3. Mai 2020</div>").authors);
        String story = "<p>Erster Absatz.</p><p>Zweiter Absatz.</p><p>Dritter Absatz.</p>";
        assertEquals(List.of("Ida Muster"), read("", "<div class='submitted'>Gespeichert von <span>jdoe42</span> am 3. Mai 2020</div>"
                + "<div>" + story + "<p><b>Ida Muster</b></p></div>").authors);
    }

    @Test
    void linkPreviewLabelNamesTheWriter() {
        assertEquals(List.of("Rosa Beispiel"), read("<meta name='twitter:label1' content='Verfasst von'><meta name='twitter:data1' content='Rosa Beispiel'>",
                "<p>Text.</p>").authors);
        assertEquals(List.of(), read("<meta name='twitter:label1' content='Est. reading time'><meta name='twitter:data1' content='4 Minuten'>",
                "<p>Text.</p>").authors);
    }

    @Test
    void moreBylineOpenings() {
        assertEquals(List.of("Erika Beispiel"), read("", "<p><strong>Autorin: Erika Beispiel, Leiterin des Projekts in Tunis.</strong></p>").authors);
        assertEquals(List.of("Jonas Beispiel"), read("", "<p><strong>Eine Kolumne von Jonas Beispiel</strong></p>").authors);
        assertEquals(List.of("Luc Exemple"), read("", "<p>Auteur : Luc Exemple</p>").authors);
        assertEquals(List.of("Max Muster"), read("", "<p><em>Text von Max Muster &nbsp; Illustration von Ina Bild</em></p>").authors);
        assertEquals(List.of("Kim Beispiel"), read("", "<p>Verfasst von Kim Beispiel</p>").authors);
        assertEquals(List.of("Rosa Beispiel"), read("", "<div><div><p>Gastbeitrag von Rosa Beispiel</p></div></div>").authors);
        // wrappers opening with the same text that is no byline, then one that is
        assertEquals(List.of("Tim Muster"), read("", "<div><div><p>Vorher lesen</p></div></div><div><p>Von Tim Muster</p></div>").authors);
        // under a photo, "von" credits the photographer
        assertEquals(List.of(), read("", "<figure><img src='a.jpg'><figcaption>Hafen bei Nacht <a href='/p'>von Tom Bild</a></figcaption></figure>").authors);
    }
}
