package newsfacts.core.clean;

import newsfacts.core.Json;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static newsfacts.core.clean.HtmlMetadata.letters;

/**
 * Who wrote a page: JSON-LD, meta tags, byline elements and links, a byline in the text and a
 * signature, asked in turn; {@link Authors} cleans the names each of them gives. One per page: it
 * keeps what the sources passed on the way (a login, a credit, the publisher's own signature).
 */
final class PageAuthors {
    private final HtmlMetadata page;

    PageAuthors(HtmlMetadata page) {
        this.page = page;
    }

    private static final Pattern AUTHOR_CLASS = Pattern.compile("(?i)author|byline|autor|writer|verfasser|creator");
    /** Parsed once rather than on every call. */
    private static final org.jsoup.select.Evaluator ITEMPROP_NAME = org.jsoup.select.QueryParser.parse("[itemprop=name]");

    /**
     * The first source that names a person wins. A source that only names the site itself, a desk
     * ("Redaktion") or an organisation is the publisher signing the page: kept in case nobody else is named.
     */
    List<String> authors() {
        List<Supplier<List<String>>> sources = List.of(
                this::ldAuthors, this::metaAuthors, this::authorElements, this::authorLinkNames, this::bylineInText, this::signature);
        for (int i = 0; i < sources.size(); i++) {
            List<String> people = sources.get(i).get();
            if (!people.isEmpty()) return fuller(people, sources.subList(i + 1, sources.size()));
        }
        if (login != null && !login.isEmpty()) return login;
        // a credit for the text ("Quelle: Agency") says more than the publisher's name, not more than a desk
        if (credit != null && (signedBy == null || signedBy.stream().allMatch(n -> page.namesSite(letters(n))))) return List.of(credit);
        if (signedBy == null && !ldOrganisations.isEmpty()) signedBy = Authors.dedupe(ldOrganisations);
        if (signedBy != null) return signedBy;
        String site = siteSignature();
        return site == null ? List.of() : List.of(site);
    }

    /**
     * With no byline at all, the site signs its own page: its name, or the end of the title that names
     * it. Only a name that matches the domain: a slogan or a section is no signature.
     */
    private String siteSignature() {
        String host = page.host();
        if (host == null) return null;
        // "jane.blog.example" is Jane's site as much as "blog.example"
        String firstLabel = letters(page.hostName().split("\\.")[0]);
        String[] parts = page.titleParts();
        List<String> candidates = new ArrayList<>();
        if (page.siteName != null) candidates.add(page.siteName.strip());
        if (parts.length >= 2) candidates.addAll(List.of(parts[parts.length - 1].strip(), parts[0].strip()));
        for (String name : candidates) {
            if (name.length() > 40 || name.contains("://")) continue;
            String domain = HtmlMetadata.asDomain(letters(name));
            if (HtmlMetadata.nearlySame(domain, host) || HtmlMetadata.nearlySame(domain, firstLabel)) return name;
        }
        return null;
    }

    /**
     * A login or a first name alone ("jane.doe", "Jane") replaced by the full name a later source
     * gives for the same person ("Jane Doe").
     */
    private List<String> fuller(List<String> names, List<Supplier<List<String>>> later) {
        if (names.stream().allMatch(n -> n.contains(" "))) return names;
        List<String> out = new ArrayList<>(names);
        int open = (int) names.stream().filter(n -> !n.contains(" ")).count();
        // the sources asked in turn and only until every short name has its full one: the later ones search the whole page
        for (int s = 0; s < later.size() && open > 0; s++) {
            List<String> others = later.get(s).get();
            for (int i = 0; i < out.size(); i++) {
                String name = out.get(i);
                if (name.contains(" ")) continue;
                for (String o : others)
                    if (o.contains(" ") && (letters(o).equals(letters(name)) || o.startsWith(name + " ") && o.split(" ").length <= 3)) {
                        out.set(i, o);
                        open--;
                        break;
                    }
            }
        }
        return Authors.dedupe(out);
    }

    /** The first names found that were only the publisher's: the site, a desk or an organisation. */
    private List<String> signedBy;
    /** Organisations given as a JSON-LD author: the page's publisher more than its writer. */
    private final List<String> ldOrganisations = new ArrayList<>();

    /**
     * The names in a byline; one that opens with the site's own name ("Example News, Springfield, USA",
     * "Smith &amp; Jones" on smithandjones.example) is the publisher's imprint, kept whole and split no further.
     */
    private List<String> names(String byline) {
        List<String> names = Authors.fromByline(byline);
        if (names.size() < 2) return names;
        if (page.namesSite(letters(byline))) return List.of(byline.strip());
        return page.namesSite(letters(names.get(0))) ? List.of(names.get(0)) : names;
    }

    /** The people among the names; when there are none, the names are kept as the publisher's signature. */
    private List<String> people(List<String> names) {
        names = names.stream().map(this::withoutSite).toList();
        List<String> people = Authors.dedupe(names.stream().filter(this::isPerson).toList());
        if (people.isEmpty() && signedBy == null && !names.isEmpty()) signedBy = Authors.dedupe(names);
        return people;
    }

    /** "Jane Doe Examplepost" → "Jane Doe": the site's name glued to the writer's. */
    private String withoutSite(String name) {
        String[] words = name.split(" ");
        if (words.length < 3) return name;
        if (isSiteWord(letters(words[words.length - 1]))) return name.substring(0, name.lastIndexOf(' '));
        if (isSiteWord(letters(words[0]))) return name.substring(name.indexOf(' ') + 1);
        return name;
    }

    private boolean isSiteWord(String word) {
        return word.length() >= 4 && (word.equals(page.host()) || page.siteName != null && word.equals(page.siteLetters));
    }

    private boolean isPerson(String name) {
        return !Authors.isDesk(name) && !Authors.isOrganisation(name) && !page.namesSite(letters(name)) && !endsTitle(letters(name));
    }

    /** Whether the name is where a title names its site: "EFC Example Club Town - Headline". */
    private boolean endsTitle(String name) {
        String[] parts = page.titleParts();
        if (parts.length < 2 || name.length() < 4) return false;
        for (String end : new String[] {letters(parts[0]), letters(parts[parts.length - 1])})
            if (end.startsWith(name) || name.startsWith(end) && end.length() >= 4) return true;
        return false;
    }

    private List<String> ldAuthors() {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> n : page.ld) {
            Object a = n.containsKey("author") ? n.get("author") : n.get("creator");
            for (Object item : a instanceof List<?> list ? list : Collections.singletonList(a)) {
                Object one = item;
                Map<String, Object> object = Json.object(one);
                if (!object.containsKey("name") && object.containsKey("@id")) {
                    one = page.ldById.getOrDefault(Json.text(object, "@id"), object);
                }
                Object nameValue = Json.object(one).get("name");
                String name = one instanceof String s ? s : nameValue == null ? "" : Json.text(nameValue);
                if (name.startsWith("http")) continue; // the author's page, not a name
                String types = one instanceof String ? "" : HtmlMetadata.types(one);
                if (types.contains("organization") && !types.contains("person")) {
                    ldOrganisations.addAll(Authors.fromByline(name));
                    continue;
                }
                names.addAll(names(name));
            }
            if (!names.isEmpty()) return people(names);
        }
        return List.of();
    }

    private List<String> metaAuthors() {
        for (String key : new String[] {"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                "sailthru.author", "byl", "citation_author", "twitter:creator"}) {
            String v = page.meta.get(key);
            if (v == null || v.startsWith("http") || v.startsWith("@")) continue;
            List<String> names = names(v);
            if (!names.isEmpty()) return people(names);
        }
        // the label and value pair that link previews show: "Written by" / "Jane Doe"
        String label = page.meta.get("twitter:label1"), value = page.meta.get("twitter:data1");
        if (label != null && value != null && WRITTEN_BY.matcher(label).matches()) return people(names(value));
        return List.of();
    }

    private static final Pattern WRITTEN_BY = Pattern.compile("(?iu)written by|verfasst von|geschrieben von|escrito por|écrit par|auteur|autor(?:in)?|author");

    /** Elements marked as the author's ("byline", itemprop=author, rel=author), in page order. */
    private List<String> authorElements() {
        for (Element el : page.authorEls) {
            if (Dom.childrenUpTo(el, 9) > 8 || page.inComments(el)) continue;
            Element name = el.selectFirst(ITEMPROP_NAME);
            String text = (name != null ? name : el).text();
            if (text.length() > 100 || !AUTHOR_CLASS.matcher(Boilerplate.names(el) + " " + el.attr("itemprop") + " " + el.attr("rel")).find())
                continue;
            // the first marked element speaks for the page; later ones are often other articles' or a bio
            List<String> names = names(text);
            if (!names.isEmpty()) return people(names);
        }
        return List.of();
    }

    /** A link to the writer's page: "/author/jane-doe", "/autoren/…". */
    private List<String> authorLinkNames() {
        for (Element a : page.authorLinks) {
            if (page.inComments(a) || page.text(a).length() > 60) continue;
            List<String> names = Authors.fromByline(page.text(a));
            if (!names.isEmpty()) return people(names);
        }
        return List.of();
    }

    /** The words a byline opens with, in the page's languages. */
    private static final String BY = "(?:[Vv]on|[Bb]y|[Pp]ar|[Pp]or|[Dd]oor|Di|Text(?: von)?|Autor(?:in)?:|Auteur ?:|Redaktion:|Posted by|Written by"
            + "|(?:Geschrieben|Erstellt|Gespeichert|Verfasst) von"
            + "|(?:Eine? |Blog |Blog-)?(?:Beitrag|Artikel|Gastbeitrag|Kommentar|Kolumne|Bericht|Essay|Interview|Article|Story|Post|Column) (?:von|by))";
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
    /**
     * A date and time ("04.02.2022 13:10 Uhr"): spaces only between its tokens, so that a failing
     * match need not try every split of the spaces (a "1 | 2 | 3" pager cost several times more).
     */
    private static final String DATE_TIME = "[\\d.:/]+(?: +[\\d.:/]+)*(?: *Uhr)?";
    /**
     * A byline written out in the text: "Von Anna Muster", "by Jane Doe and John Roe", maybe after
     * the date and time, and maybe followed by what comes after a name ("am 3. Mai", ", 12:30").
     */
    private static final Pattern BYLINE = Pattern.compile("^(?:" + DATE_TIME + "\\s*)?(" + BY + "\\s+" + NAME
            + "(?:\\s*(?:,|und|and|&)\\s*" + NAME + ")?)(?:$|\\s*[,|·•–—(-]|\\s+(?:am|on|le|el|um|at|vom|in)\\s|\\s+\\d|[\\s\u00a0]+(?:Illustrations?|Fotos?|Photos?|Bilder?)\\b)"
            // or the name alone after the date and time: "04.02.2022 | 13:10 Uhr | Jane Doe"
            + "|^" + DATE_TIME + "(?:\\s*[|·•–-]\\s*" + DATE_TIME + ")*\\s*[|·•–-]\\s*(\\p{Lu}\\p{Ll}+(?: \\p{Lu}[\\p{L}.'’-]*){1,3})$"
            // or a login in lower case, when a date follows it: "Posted by jdoe42 on 3 May"
            + "|^(?:" + DATE_TIME + "\\s*)?(" + BY + "\\s+[\\p{Ll}\\d][\\p{L}\\d._-]{2,29})\\s+(?:am|on|um|at)\\s+\\d");

    /** A label that stands alone and names the writer in what follows it: "Autor:", "Von", "Author". */
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)\\s*(?:(?:autor(?:in|en)?|author|auteur(?:\\(s\\)|s)?|verfasser(?:in)?|von|by|written by|geschrieben von)\\s*:?|(?:text|redaktion)\\s*:)\\s*");

    /**
     * What {@link #BYLINE_START} needs first, after whitespace: a digit, or one of these letters and
     * then the second letter of one of its words (any letter beyond ASCII is left to the pattern).
     */
    private static boolean mayStartByline(String s, int from) {
        int n = s.length(), i = from;
        while (i < n) {
            char c = s.charAt(i);
            if (!TextStats.isRegexSpace(c)) break;
            i++;
        }
        if (i == n) return false;
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') return true;
        if ("VvBbPpDdTAaGEWRrKISQH".indexOf(c) < 0) return false;
        char next = i + 1 < n ? s.charAt(i + 1) : 0;
        if (next == 0 || next >= 0x80) return true;
        int first = Character.toLowerCase(c) - 'a', second = Character.toLowerCase(next) - 'a';
        return second >= 0 && second < 26 && BYLINE_WORD_OPENINGS[first * 26 + second];
    }

    /** The words a byline opens with, lower case, as {@link #BYLINE_START} spells them. */
    private static final String[] BYLINE_WORDS = {"von", "by", "par", "por", "door", "di", "text", "autor", "author", "auteur", "posted",
            "written", "geschrieben", "erstellt", "gespeichert", "verfasst", "redaktion", "ein", "blog", "beitrag", "artikel", "gastbeitrag",
            "kommentar", "bericht", "essay", "interview", "article", "story", "post", "autorin", "eine\\s+kolumne", "kolumne", "column",
            "quelle", "source", "herausgeber"};
    /** Their first two letters, as a table of letter pairs. */
    private static final boolean[] BYLINE_WORD_OPENINGS = new boolean[26 * 26];

    static {
        for (String w : BYLINE_WORDS) BYLINE_WORD_OPENINGS[(w.charAt(0) - 'a') * 26 + w.charAt(1) - 'a'] = true;
    }

    /** A byline's opening word, maybe after a date and time; or a number, which may open a date. Possessive: openings can be long. */
    private static final Pattern BYLINE_START = Pattern.compile(
            "(?iu)\\s*\\d++\\b|\\s*[\\d.:/ ]*+(?:Uhr)?\\s*(?:" + String.join("|", BYLINE_WORDS) + ")\\b");

    private List<String> bylineInText() {
        Element body = page.doc.body();
        if (body == null) return List.of();
        int seen = 0;
        // the body's elements are a stretch of the page's: from the body up to the first element after it
        Element after = null;
        for (Element e = body; after == null && e != null; e = e.parent()) after = e.nextElementSibling();
        Matcher bylineStart = BYLINE_START.matcher("");
        // nested wrappers open with the same text: a text that opens no byline is tested once
        TextNode noOpening = null;
        for (Element el : page.all.subList(page.all.indexOf(body), page.all.size())) {
            if (++seen > 5000 || el == after) break;
            // the cheap test on the opening text first
            TextNode firstNode = firstText(el);
            if (firstNode == null || firstNode == noOpening) continue;
            // tested where the separators end, and cut there only then: most texts open with a line break
            String first = firstNode.getWholeText();
            int at = separatorsEnd(first);
            if (!mayStartByline(first, at) || !bylineStart.reset(first).region(at, first.length()).lookingAt()) {
                noOpening = firstNode;
                continue;
            }
            if (Dom.childrenUpTo(el, 4) > 3) continue;
            String opening = first.substring(at);
            String t = afterSeparator(page.text(el).strip()), byline = null;
            Matcher creditLabel = CREDIT.matcher(t);
            if (credit == null && creditLabel.lookingAt()) {
                String from = t.substring(creditLabel.end());
                if (from.isEmpty()) from = textAfter(el);
                if (!from.isEmpty() && from.length() <= 60 && PLAIN_CREDIT.matcher(from).matches() && !inPicture(el) && !page.inComments(el))
                    credit = from.replaceAll("[\\s.,;]+$", "");
                continue;
            }
            if (LABEL.matcher(t).matches()) {
                byline = bareBeforeLowerCase(t, textAfter(el)) ? null : textAfter(el);
            } else if (t.length() <= 120) {
                var m = BYLINE.matcher(t);
                // every alternative is anchored at the start: looking there is finding
                if (m.lookingAt()) {
                    byline = m.group(1) != null ? m.group(1) : m.group(2);
                    // a login says less than a name: kept in case no source names the writer
                    if (byline == null && login == null && !page.inComments(el)) login = people(Authors.fromByline(m.group(3)));
                } else if (LABEL.matcher(opening).matches() && t.length() <= 80 && t.startsWith(opening.strip())
                        && !bareBeforeLowerCase(opening.strip(), t.substring(opening.strip().length()).strip())) byline = t;
            }
            // "von Jane Doe" under a photo credits the photo
            if (byline == null || byline.length() > 100 || page.inComments(el) || isHeadline(t) || el.closest(PICTURE) != null) continue;
            List<String> people = people(Authors.fromByline(byline));
            if (!people.isEmpty()) return people;
        }
        return List.of();
    }

    /** "Quelle: Agency/xy" under the text, "Herausgeber: Firm" over a press release: who supplied it, the page's signature when no writer is named. */
    private static final Pattern CREDIT = Pattern.compile("(?iu)(?:quelle|source|fuente|herausgeber)\\s?:\\s*");
    /** Whether the element is, sits in or wraps a picture's caption: "Quelle:" there credits the picture. */
    private static boolean inPicture(Element el) {
        return el.closest(PICTURE) != null || el.selectFirst(PICTURE) != null;
    }

    private static final org.jsoup.select.Evaluator PICTURE = org.jsoup.select.QueryParser.parse("figure, figcaption");

    /** The first login in a byline {@link #bylineInText} passed ("Posted by jdoe42 on …"). */
    private List<String> login;
    /** A credit that is a name or an agency's code ("Radio Nord/ab"), not a date, a link or a note in brackets. */
    private static final Pattern PLAIN_CREDIT = Pattern.compile("[^\\d()\\[\\]:]+");
    /** The first such credit {@link #bylineInText} passed. */
    private String credit;

    /** A byline set off from the date before it: "| By", "- Redaktion: Jane Doe". */
    private static String afterSeparator(String s) {
        return s.substring(separatorsEnd(s));
    }

    /** Where the separators in front of a byline end; 0 when there are none or nothing else. */
    private static int separatorsEnd(String s) {
        int i = 0;
        while (i < s.length() && isSeparator(s.charAt(i))) i++;
        return i == s.length() ? 0 : i;
    }

    private static boolean isSeparator(char c) {
        return switch (c) {
            case '|', '·', '•', '–', '—', '-', ' ', '\u00a0', '\t', '\n' -> true;
            default -> false;
        };
    }

    private static final Pattern SIGNATURE = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,2}");

    /** A name set in bold or italics as the last paragraph of an article's text: the writer signing it. */
    private List<String> signature() {
        for (Element p : page.paragraphs) {
            Element parent = p.parent();
            if (Dom.childrenUpTo(p, 2) != 1 || !p.ownText().isBlank() || parent == null || Dom.childrenUpTo(parent, 4) < 4) continue;
            String tag = p.firstElementChild().normalName();
            if (!(tag.equals("b") || tag.equals("strong") || tag.equals("em") || tag.equals("i"))) continue;
            String t = page.text(p).strip();
            if (t.length() > 40 || !SIGNATURE.matcher(t).matches() || !lastParagraph(p) || page.inComments(p) || isHeadline(t)) continue;
            List<String> people = people(Authors.fromByline(t));
            if (!people.isEmpty()) return people;
        }
        return List.of();
    }

    private static boolean lastParagraph(Element p) {
        int before = 0;
        for (Element s = p.previousElementSibling(); s != null && before < 3; s = s.previousElementSibling()) if (s.normalName().equals("p")) before++;
        if (before < 3) return false;
        // nothing written after it in its container: a bold line followed by more is a subheading
        for (Element s = p.nextElementSibling(); s != null; s = s.nextElementSibling()) if (!s.text().isBlank()) return false;
        return true;
    }

    /** A bare "von" before lower case is a range or a phrase ("von … bis"), not a byline. */
    private static boolean bareBeforeLowerCase(String label, String rest) {
        return !label.contains(":") && label.length() <= 4 && !rest.isEmpty() && !Character.isUpperCase(rest.codePointAt(0));
    }

    /** The headline opens with "Von" or "By" too ("Von Bergdörfern, Brücken und …"). */
    private boolean isHeadline(String text) {
        String l = letters(text);
        return page.title != null && l.length() > 8 && letters(page.title).contains(l);
    }

    /** The text after a label, up to the end of its line: the next sibling nodes, or its parent's when it has none. */
    private static String textAfter(Element label) {
        StringBuilder out = new StringBuilder();
        org.jsoup.nodes.Node at = label;
        for (int up = 0; up < 3 && at != null && out.toString().isBlank(); up++, at = at.parent()) {
            for (org.jsoup.nodes.Node n = at.nextSibling(); n != null && out.length() < 100; n = n.nextSibling()) {
                if (n instanceof TextNode t) {
                    out.append(t.text());
                } else if (n instanceof Element e) {
                    boolean lineEnd = e.normalName().equals("br") || e.isBlock();
                    if (lineEnd && !out.toString().isBlank()) break;
                    out.append(' ').append(e.text());
                    if (e.isBlock() && !e.text().isBlank()) break;
                }
            }
        }
        return out.toString().strip();
    }

    /** The text the element opens with, looking only down its first children; null when there is none. */
    private static TextNode firstText(Element el) {
        org.jsoup.nodes.Node n = el;
        for (int depth = 0; depth < 4 && n.childNodeSize() > 0; depth++) {
            n = n.childNode(0);
            if (n instanceof TextNode text) return text;
        }
        return null;
    }
}
