package newsfacts.core.clean;

import newsfacts.core.model.Block;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.FailureReason;
import newsfacts.core.model.Metadata;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

class CleanerTest {
    private static final Instant UPLOADED = Instant.parse("2024-06-01T12:00:00Z");
    private final Cleaner cleaner = new Cleaner();

    private CleanedDocument clean(byte[] bytes, String name) throws CleaningException {
        return cleaner.clean("a1", bytes, name, null, UPLOADED);
    }

    private CleanedDocument cleanHtml(String html) throws CleaningException {
        return clean(html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    private static final String ARTICLE_HTML = "<!doctype html><html lang='en-GB'><head><meta charset='utf-8'>"
            + "<title>Council approves new bridge | Riverside Gazette</title>"
            + "<meta property='og:site_name' content='Riverside Gazette'>"
            + "<meta name='description' content='The council voted for the bridge.'>"
            + "<link rel='canonical' href='https://gazette.example/2024/05/20/bridge'>"
            + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            + "\"headline\":\"Council approves new bridge\",\"datePublished\":\"2024-05-20T08:30:00+02:00\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"By Jane Miller, Senior Reporter\"},{\"@type\":\"Person\",\"name\":\"Tom Baker\"}],"
            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Riverside Gazette\"}}</script>"
            + "<style>p{color:red}</style><script>var tracking = 'Do not show this';</script></head><body>"
            + "<header class='site-header'><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></header>"
            + "<nav><ul><li><a href='/a'>Politics</a></li><li><a href='/b'>Business</a></li></ul></nav>"
            + "<div id='cookie-banner'>We use cookies to improve your experience. Accept all cookies?</div>"
            + "<main><article><h1>Council approves new bridge</h1>"
            + "<div class='share-bar'><a href='#'>Share on Facebook</a> <a href='#'>Share on X</a></div>"
            + "<div class='article-body'>"
            + "<p>The city council voted on Monday, by a wide margin, to build a new bridge across the river, ending years of debate.</p>"
            + "<p>Construction will begin next spring, officials said, and the bridge should open to traffic in 2027, at a cost of 40 million euros.</p>"
            + "<h2>Opposition remains</h2>"
            + "<p>Residents of the east bank, who feared more traffic, said they would keep campaigning against the plan, which they called rushed.</p>"
            + "<ul><li>Four lanes for cars, one for bicycles, and a footpath on both sides.</li>"
            + "<li>Toll-free for residents, with a fee for heavy trucks, to pay for upkeep.</li></ul>"
            + "<blockquote>We listened to every side, and this is the best plan we have, said the mayor.</blockquote>"
            + "<p style='display:none'>Hidden teaser text that must not appear.</p>"
            + "</div>"
            + "<div class='related-articles'><h3>Related</h3><ul><li><a href='/1'>Old bridge closes for repairs</a></li>"
            + "<li><a href='/2'>Traffic plan delayed again</a></li><li><a href='/3'>Mayor wins second term</a></li></ul></div>"
            + "<div class='newsletter'>Sign up for our daily newsletter to get the news first.</div>"
            + "</article></main>"
            + "<footer><p>Copyright 2024 Riverside Gazette. All rights reserved.</p></footer></body></html>";

    @Test
    void htmlArticleKeepsTheTextAndDropsTheFurniture() throws CleaningException {
        CleanedDocument doc = cleanHtml(ARTICLE_HTML);
        String body = doc.body();
        assertTrue(body.contains("The city council voted on Monday"), body);
        assertTrue(body.contains("Residents of the east bank"), body);
        assertTrue(body.contains("Four lanes for cars"), body);
        assertTrue(body.contains("We listened to every side"), body);
        for (String furniture : List.of("Home", "Politics", "cookies", "Share on Facebook", "Old bridge closes",
                "newsletter", "All rights reserved", "Do not show this", "Hidden teaser", "color:red"))
            assertFalse(body.contains(furniture), furniture + " leaked into: " + body);
    }

    @Test
    void blocksAreSeparatedByBlankLinesAndKeepTheirKind() throws CleaningException {
        CleanedDocument doc = cleanHtml(ARTICLE_HTML);
        List<Block> blocks = doc.blocks();
        assertFalse(blocks.isEmpty());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String text = doc.body().substring(b.start(), b.end());
            assertEquals(text.strip(), text);
            assertFalse(text.contains("\n\n"));
            if (i > 0) assertEquals("\n\n", doc.body().substring(blocks.get(i - 1).end(), b.start()));
        }
        assertTrue(blocks.stream().anyMatch(b -> b.kind() == Block.Kind.HEADING
                && doc.body().substring(b.start(), b.end()).equals("Opposition remains")));
        assertTrue(blocks.stream().anyMatch(b -> b.kind() == Block.Kind.LIST_ITEM));
        assertTrue(blocks.stream().anyMatch(b -> b.kind() == Block.Kind.QUOTE));
        assertEquals(doc.body().split("\\s+").length, doc.wordCount());
        assertEquals(Cleaner.VERSION, doc.cleanerVersion());
    }

    @Test
    void htmlMetadataComesFromJsonLdAndMetaTags() throws CleaningException {
        Metadata m = cleanHtml(ARTICLE_HTML).metadata();
        assertEquals("Council approves new bridge", m.title());
        assertEquals("Riverside Gazette", m.siteName());
        assertEquals(List.of("Jane Miller", "Tom Baker"), m.authors());
        assertTrue(m.published().startsWith("2024-05-20T08:30"), m.published());
        assertEquals("en", m.language());
        assertEquals("https://gazette.example/2024/05/20/bridge", m.canonicalUrl());
        assertEquals("The council voted for the bridge.", m.description());
        assertEquals("html", m.format());
    }

    @Test
    void metadataFallsBackToTimeElementsBylinesAndDetection() throws CleaningException {
        String html = "<html><head><title>Neue Brücke beschlossen - Stadtanzeiger</title></head><body>"
                + "<div class='content'><h1>Neue Brücke beschlossen</h1><p class='byline'>Von Anna Schmidt</p>"
                + "<time datetime='2023-03-14'>14. März 2023</time>"
                + "<p>Der Stadtrat hat am Montag mit großer Mehrheit beschlossen, eine neue Brücke über den Fluss zu bauen, "
                + "und damit eine jahrelange Debatte beendet. Die Arbeiten sollen im Frühjahr beginnen.</p>"
                + "<p>Die Anwohner des Ostufers, die mehr Verkehr befürchten, wollen sich weiter gegen den Plan wehren, "
                + "den sie für übereilt halten. Der Bürgermeister sagte, man habe alle Seiten gehört.</p></div></body></html>";
        Metadata m = cleanHtml(html).metadata();
        assertEquals("Neue Brücke beschlossen", m.title());
        assertEquals(List.of("Anna Schmidt"), m.authors());
        assertEquals("2023-03-14", m.published());
        assertEquals("de", m.language());
    }

    @Test
    void datesLaterThanTheUploadAreRefused() throws CleaningException {
        String html = ARTICLE_HTML.replace("2024-05-20T08:30:00+02:00", "2031-01-01");
        assertTrue(cleanHtml(html).metadata().published().startsWith("2024-05-20"), "falls back to the URL date");
        // 2024-06-02T07:00Z: the upload's UTC day + 1, but 19 hours after the upload at 12:00Z
        html = ARTICLE_HTML.replace("2024-05-20T08:30:00+02:00", "2024-06-02T16:00:00+09:00");
        assertTrue(cleanHtml(html).metadata().published().startsWith("2024-05-20"), "falls back to the URL date");
    }

    @Test
    void menafnWireItem() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/menafn-nato.txt")) {
            bytes = in.readAllBytes();
        }
        CleanedDocument doc = clean(bytes, "menafn-nato.txt");
        Metadata m = doc.metadata();
        assertEquals("NATO leader wants to grant Ukraine freedom to attack Russia with Western weapons", m.title());
        assertEquals("MENAFN", m.siteName());
        assertEquals("MENAFN27052024000045015687ID1108260767", m.sourceRecordId());
        assertEquals("2024-05-27", m.published());
        assertEquals("en", m.language());
        assertEquals("text", m.format());
        assertEquals(4, doc.blocks().size());
        assertTrue(doc.body().startsWith("In a significant shift of stance"), doc.body());
        assertTrue(doc.body().endsWith("find a diplomatic resolution to the ongoing crisis."));
        assertFalse(doc.body().contains("(MENAFN)"));
        assertFalse(doc.body().contains("Disclaimer"));
        assertTrue(doc.wordCount() > 240 && doc.wordCount() < 300, "words: " + doc.wordCount());
    }

    @Test
    void reutersDatelineAndCreditsBecomeMetadata() throws CleaningException {
        String text = "Ukraine says it repelled attacks near Kharkiv\n\n"
                + "KYIV, May 27 (Reuters) - Ukrainian forces repelled several Russian attacks near Kharkiv overnight, "
                + "the military said on Monday.\n\n"
                + "The general staff said the situation remained difficult but under control.\n\n"
                + "(Reporting by Olena Harmash; Editing by Peter Graff)\n";
        CleanedDocument doc = clean(text.getBytes(StandardCharsets.UTF_8), "item.txt");
        Metadata m = doc.metadata();
        assertEquals("Ukraine says it repelled attacks near Kharkiv", m.title());
        assertEquals("KYIV", m.datelinePlace());
        assertEquals("Reuters", m.siteName());
        assertEquals("2024-05-27", m.published());
        assertEquals(List.of("Olena Harmash"), m.authors());
        assertTrue(doc.body().startsWith("Ukrainian forces repelled"), doc.body());
        assertFalse(doc.body().contains("Reporting by"));
        assertEquals(2, doc.blocks().size());
    }

    @Test
    void apDatelineEndMarkAndCopyrightAreDropped() throws CleaningException {
        String text = "Senate passes budget\n\nWASHINGTON (AP) — The Senate passed the budget late on Friday "
                + "after a long debate.\n\nThe House votes next week.\n\nCopyright 2024 The Associated Press. All rights reserved.\n\n"
                + "###\n\nThis line comes after the end mark.";
        CleanedDocument doc = clean(text.getBytes(StandardCharsets.UTF_8), "ap.txt");
        assertEquals("WASHINGTON", doc.metadata().datelinePlace());
        assertEquals("AP", doc.metadata().siteName());
        assertEquals("The Senate passed the budget late on Friday after a long debate.\n\nThe House votes next week.", doc.body());
    }

    private CleanedDocument cleanText(String text) throws CleaningException {
        return clean(text.getBytes(StandardCharsets.UTF_8), "item.txt");
    }

    private static List<String> paragraphs(CleanedDocument doc) {
        return List.of(doc.body().split("\n\n"));
    }

    @Test
    void aParagraphALineIsSplitLikeBlankLinesAndCreditsLeaveTheBody() throws CleaningException {
        String text = "RIGA, April 2 (Reuters) - Latvia will build a second LNG terminal by 2027, the economy minister, "
                + "Arvid Kalnins, said on Tuesday, after talks with two energy companies that had asked the\n"
                + "government for guarantees.\n"
                + "\"We cannot depend on a single pipeline,\" Kalnins told reporters.\n"
                + "Neither company commented.\n"
                + "(Reporting by Ilze Berzina; Additional reporting by Jonas Petraitis; Editing by Mark Dunne)\n";
        CleanedDocument doc = cleanText(text);
        assertEquals("RIGA", doc.metadata().datelinePlace());
        assertEquals(List.of("Ilze Berzina", "Jonas Petraitis"), doc.metadata().authors());
        List<String> paragraphs = paragraphs(doc);
        assertEquals(3, paragraphs.size(), doc.body());
        assertTrue(paragraphs.get(0).endsWith("asked the government for guarantees."), "a line running on in lower case joins");
        assertEquals("Neither company commented.", paragraphs.get(2));
    }

    @Test
    void apRuleAndContributorLineAreTrailer() throws CleaningException {
        String text = "City council approves tram line\n"
                + "DENVER (AP) — The city council approved a new tram line on Monday after a debate that lasted all night.\n"
                + "Work starts in the spring.\n"
                + "___\n"
                + "Associated Press writers Nora Fitch and Omar Haddad contributed to this report.\n";
        CleanedDocument doc = cleanText(text);
        assertEquals("City council approves tram line", doc.metadata().title());
        assertEquals("DENVER", doc.metadata().datelinePlace());
        assertEquals("AP", doc.metadata().siteName());
        assertEquals("The city council approved a new tram line on Monday after a debate that lasted all night."
                + "\n\nWork starts in the spring.", doc.body());
    }

    @Test
    void hardWrappedLinesJoinUnlessASentenceEndsShortOfTheColumn() throws CleaningException {
        String text = "Town opens its new library\n\n"
                + "LINDEN, April 9 (Reuters) - The town of Linden opened its new\n"
                + "public library on Tuesday, two years after a fire gutted it.\n"  // full line: the paragraph goes on
                + "The building cost 12 million euros and holds 80,000 books,\n"
                + "the mayor said.\n"                                                 // short line: the paragraph ends
                + "Visitors queued from early morning to see the reading rooms.\n"
                + "(Reporting by Mara Olsen; Editing by Neil Burke)\n";
        CleanedDocument doc = cleanText(text);
        assertEquals(List.of("The town of Linden opened its new public library on Tuesday, two years after a fire gutted it. "
                        + "The building cost 12 million euros and holds 80,000 books, the mayor said.",
                "Visitors queued from early morning to see the reading rooms."), paragraphs(doc));
        assertEquals(List.of("Mara Olsen"), doc.metadata().authors());
    }

    @Test
    void shortParagraphsALineAreNotTakenForWrappedText() throws CleaningException {
        String text = "Ferry back in service\nOSLO (AP) — The harbour ferry sailed again on Sunday.\nCommuters cheered.\n"
                + "It had been out of service since May.\nRepairs cost 3 million kroner, the city said.\n";
        assertEquals(List.of("The harbour ferry sailed again on Sunday.", "Commuters cheered.",
                "It had been out of service since May.", "Repairs cost 3 million kroner, the city said."), paragraphs(cleanText(text)));
    }

    @Test
    void aParagraphOpeningWithADatelineIsTheLeadNotTheTitle() throws CleaningException {
        String text = "REGINA — The province says it will spend $40 million on new rural clinics.\n\n"
                + "The health minister announced the plan Wednesday.\n\n-30-\n";
        CleanedDocument doc = cleanText(text);
        assertNull(doc.metadata().title());
        assertEquals("REGINA", doc.metadata().datelinePlace());
        assertTrue(doc.body().startsWith("The province says"), doc.body());
        assertEquals(2, doc.blocks().size());
    }

    @Test
    void aSluggedHeadlineIsStillTheTitle() throws CleaningException {
        String text = "EXCLUSIVE - Harbour firm to cut 200 jobs\n\n"
                + "PORTVALE, March 3 (Wirefeed) - A harbour operator plans to cut 200 jobs, two people familiar with the plan said.\n";
        CleanedDocument doc = cleanText(text);
        assertEquals("EXCLUSIVE - Harbour firm to cut 200 jobs", doc.metadata().title());
        assertEquals("PORTVALE", doc.metadata().datelinePlace());
        assertTrue(doc.body().startsWith("A harbour operator"), doc.body());
    }

    @Test
    void pressReleaseStatusLineGoesAndTheNewswireDatelineIsRead() throws CleaningException {
        String text = "FOR IMMEDIATE RELEASE\n\nNorthwind Foods Opens Its Third Bakery\n\n"
                + "PORTLAND, Ore., March 5, 2024 /PRNewswire/ -- Northwind Foods Inc. today opened its third bakery.\n\n"
                + "###\n\nMedia contact: press@northwind.example\n";
        CleanedDocument doc = cleanText(text);
        Metadata m = doc.metadata();
        assertEquals("Northwind Foods Opens Its Third Bakery", m.title());
        assertEquals("2024-03-05", m.published());
        assertEquals("PRNewswire", m.siteName());
        assertEquals("PORTLAND, Ore.", m.datelinePlace());
        assertEquals("Northwind Foods Inc. today opened its third bakery.", doc.body());

        Metadata businessWire = cleanText("Headline\n\nTULSA, Okla.--(BUSINESS WIRE)--Northwind Foods Inc. opened a bakery.\n")
                .metadata();
        assertEquals("BUSINESS WIRE", businessWire.siteName());
        assertEquals("TULSA, Okla.", businessWire.datelinePlace());
        Metadata globe = cleanText("Headline\n\nTORONTO, May 2, 2024 (GLOBE NEWSWIRE) -- Northwind Foods Inc. opened a bakery.\n")
                .metadata();
        assertEquals("GLOBE NEWSWIRE", globe.siteName());
        assertEquals("2024-05-02", globe.published());
    }

    @Test
    void decodesLegacyCharsets() throws CleaningException {
        String german = "Die Bürger freuen sich über die schöne neue Brücke, die für alle gebaut wird, sagte der Bürgermeister.";
        assertTrue(clean(page("", german).getBytes(Charset.forName("windows-1252")), "p.html").body().contains(german));
        assertTrue(clean(page("<meta charset='iso-8859-1'>", german).getBytes(StandardCharsets.ISO_8859_1), "p.html")
                .body().contains(german));
        byte[] utf16 = ("\ufeff" + page("", german)).getBytes(StandardCharsets.UTF_16LE);
        assertTrue(clean(utf16, "p.html").body().contains(german));
        String japanese = "東京都は月曜日、新しい橋の建設を決めたと発表した。工事は来年の春に始まる予定だという。";
        assertTrue(clean(page("<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>", japanese)
                .getBytes(Charset.forName("Shift_JIS")), "p.html").body().contains(japanese));
        String chinese = "市议会星期一投票决定在河上修建一座新桥，结束了多年的争论。工程将于明年春天开始。";
        assertTrue(clean(page("<meta charset='gb2312'>", chinese).getBytes(Charset.forName("GB2312")), "p.html")
                .body().contains(chinese));
    }

    @Test
    void guessesUndeclaredEastAsianCharsetsByTheirText() throws CleaningException {
        String japanese = "港町の小さな劇場が来月から改修工事に入ることになった。地元の人たちは、古い舞台がどう生まれ変わるのかを楽しみにしている。";
        String korean = "항구 도시의 작은 극장이 다음 달부터 보수 공사에 들어간다. 주민들은 오래된 무대가 어떻게 바뀔지 기대하고 있다.";
        String simplified = "港口城市的小剧院下个月开始翻修，当地居民都很期待旧舞台的新面貌。";
        String traditional = "港口城市的小劇院下個月開始翻修，當地居民都很期待舊舞台的新面貌。";
        assertDecodedAs(japanese, "Shift_JIS", "ja");
        assertDecodedAs(japanese, "EUC-JP", "ja");
        assertDecodedAs(korean, "EUC-KR", "ko");
        assertDecodedAs(simplified, "GB18030", "zh");
        assertDecodedAs(simplified, "GB2312", "zh");
        assertDecodedAs(traditional, "Big5", "zh");
    }

    @Test
    void koreanWithAFewHanjaStaysKorean() throws CleaningException {
        // every Hangul syllable of EUC-KR is also a frequent hanzi in GB2312, and so are these Hanja
        assertDecodedAs("언어 선택: 中文 日本語. 國家 大 校 시립 도서관은 주말에도 문을 열기로 했다. 이용객이 늘었다.", "EUC-KR", "ko");
    }

    @Test
    void aStrayBadByteDoesNotCostTheRightCharset() throws CleaningException {
        String simplified = "山区小学今年秋天迎来了第一批新老师，孩子们在操场上唱歌欢迎他们。";
        byte[] good = page("", simplified).getBytes(Charset.forName("GB18030"));
        byte[] cut = java.util.Arrays.copyOf(good, good.length + 1);
        cut[good.length] = (byte) 0xb0; // a lead byte without its trail
        assertTrue(clean(cut, "p.html").body().contains(simplified));
    }

    @Test
    void japaneseReadingsNeedKana() {
        assertEquals(0, EastAsianGuess.score("県立博物館新館開館記念特別展示会場案内", "windows-31j"));
        assertTrue(EastAsianGuess.score("県立博物館の新館が開館し、記念の特別展が始まった", "windows-31j") > EastAsianGuess.PLAUSIBLE);
    }

    @Test
    void utf8WithAFewBadBytesStaysUtf8() throws CleaningException {
        String german = "Die Fähre über den See fährt ab Mai wieder öfter, und die Brücke am Hafen wird größer.";
        byte[] good = page("", german + " Gr\u00fc\u00dfe").getBytes(StandardCharsets.UTF_8);
        byte[] mixed = new String(good, StandardCharsets.ISO_8859_1).replace("Gr\u00c3\u00bc", "Gr\u00fc")
                .getBytes(StandardCharsets.ISO_8859_1); // one windows-1252 letter in UTF-8 text
        assertTrue(clean(mixed, "p.html").body().contains(german));
    }

    @Test
    void latinTextInTwoEncodingsIsNotReadAsEastAsian() throws CleaningException {
        // UTF-8 umlauts are byte pairs that read as frequent Hangul and hanzi; inside words they do not count
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) text.append("Die Bürger wählen über die schöne Brücke und die Fähre. ");
        byte[] utf8 = page("", text.toString()).getBytes(StandardCharsets.UTF_8);
        String latin1 = new String(utf8, StandardCharsets.ISO_8859_1);
        // every fifth umlaut in windows-1252 instead: too many bad bytes to be UTF-8
        StringBuilder mixed = new StringBuilder();
        int umlaut = 0;
        for (int i = 0; i < latin1.length(); i++) {
            char c = latin1.charAt(i);
            if (c == '\u00c3' && umlaut++ % 5 == 0) mixed.append((char) (latin1.charAt(++i) + 0x40));
            else mixed.append(c);
        }
        String body = clean(mixed.toString().getBytes(StandardCharsets.ISO_8859_1), "p.html").body();
        assertTrue(body.startsWith("Die Bürger w"), body); // the windows-1252 reading
        assertFalse(body.codePoints().anyMatch(cp -> cp >= 0x1100), body);
    }

    private void assertDecodedAs(String text, String charset, String language) throws CleaningException {
        CleanedDocument doc = clean(page("", text).getBytes(Charset.forName(charset)), "p.html");
        assertTrue(doc.body().contains(text), charset + ": " + doc.body());
        assertEquals(language, doc.metadata().language(), charset);
    }

    private static String page(String head, String text) {
        return "<html><head>" + head + "<title>T</title></head><body><div><p>" + text + "</p><p>" + text + "</p></div></body></html>";
    }

    @Test
    void gzipUploadsAreDecompressed() throws Exception {
        CleanedDocument doc = clean(gzip(ARTICLE_HTML.getBytes(StandardCharsets.UTF_8)), "page.html.gz");
        assertTrue(doc.body().contains("The city council voted"));
    }

    @Test
    void theBytesDecideWhetherAnUploadIsGzipped() throws Exception {
        String wire = "Ferry timetable approved\n\nPORTVALE, March 3 (Wirefeed) - The harbour board approved a new ferry timetable.\n";
        CleanedDocument named = clean(wire.getBytes(StandardCharsets.UTF_8), "item.txt.gz");
        assertEquals("Ferry timetable approved", named.metadata().title());
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(wire.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(named.body(), clean(gz.toByteArray(), "item.txt").body());
    }

    @Test
    void badInputGetsATypedFailure() throws Exception {
        assertFailure(FailureReason.EMPTY, new byte[0], "a.html");
        assertFailure(FailureReason.EMPTY, "  \n ".getBytes(StandardCharsets.UTF_8), "a.txt");
        assertFailure(FailureReason.UNSUPPORTED_TYPE, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "photo.html");
        assertFailure(FailureReason.UNSUPPORTED_TYPE, "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), "a.txt");
        assertFailure(FailureReason.BINARY, new byte[] {1, 2, 3, 0, 5, 6, 7, 8, 0, 1}, "a.txt");
        assertFailure(FailureReason.UNDECODABLE, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3}, "a.html.gz"); // cut short
        assertFailure(FailureReason.NO_ARTICLE_TEXT,
                "<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2024</footer></body></html>".getBytes(StandardCharsets.UTF_8), "a.html");
        Cleaner small = new Cleaner(new CleaningLimits(1000, 10_000, 256, 100_000));
        CleaningException tooLarge = assertThrows(CleaningException.class,
                () -> small.clean("a", new byte[2000], "a.txt", null, UPLOADED));
        assertEquals(FailureReason.TOO_LARGE, tooLarge.reason());
        CleaningException bomb = assertThrows(CleaningException.class,
                () -> small.clean("a", gzip(new byte[100_000]), "a.txt.gz", null, UPLOADED));
        assertEquals(FailureReason.DECOMPRESSION_BOMB, bomb.reason());
    }

    @Test
    void pathologicalNestingIsBounded() {
        String deep = "<html><body>" + "<div>".repeat(50_000) + "<p>Some text that is deep inside, with commas, and more words.</p>"
                + "</div>".repeat(50_000) + "</body></html>";
        try {
            CleanedDocument doc = cleanHtml(deep);
            assertNotNull(doc.body());
        } catch (CleaningException e) {
            assertTrue(e.reason() == FailureReason.TOO_COMPLEX || e.reason() == FailureReason.NO_ARTICLE_TEXT, e.reason().name());
        }
    }

    private void assertFailure(FailureReason expected, byte[] bytes, String name) {
        CleaningException e = assertThrows(CleaningException.class, () -> clean(bytes, name), name);
        assertEquals(expected, e.reason(), e.getMessage());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
