package newsfacts.core.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static newsfacts.core.clean.HtmlMetadata.letters;

/**
 * A page's headline: the heading its title tags repeat, without the site's name, a kicker or
 * screen-reader text. Reads the page's shared facts from {@link HtmlMetadata}; one per page.
 */
final class PageTitle {
    private final HtmlMetadata page;

    PageTitle(HtmlMetadata page) {
        this.page = page;
    }

    /** The headline, or null when the page has none. */
    String headline() {
        String title = title();
        // an arrow in front of a heading ("[> Name") is decoration; quotes and brackets are not
        if (title != null) title = LEADING_ARROW.matcher(title).replaceFirst("");
        // a date in front ("12.03.2024 - Headline") is the listing's, not the headline's
        if (title != null) title = LEADING_DATE.matcher(title).replaceFirst("");
        return title;
    }

    /** Separators and spaces left at either end of a title once a site part is cut off. */
    private static final Pattern SEPARATORS_AT_END = Pattern.compile("[\\s|│–—·•»«:~/-]+$");
    private static final Pattern SEPARATORS_AT_START = Pattern.compile("^[\\s|│–—·•»«:~/-]+");

    private static final Pattern LEADING_ARROW = Pattern.compile("^\\[?\\s*[>|/·•]+\\s*");
    private static final Pattern LEADING_DATE = Pattern.compile("^(?:\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{4}-\\d\\d-\\d\\d)\\s+[-–—|:]\\s+(?=\\S+\\s+\\S+\\s+\\S)");

    /**
     * The headline: the longest heading on the page that the {@code <title>} or OpenGraph title
     * repeats (the page's own wording, not a logo), else those titles without the site name.
     */
    private String title() {
        String og = page.firstNonBlank(page.meta.get("og:title"), page.meta.get("twitter:title"), page.ldText("headline"));
        String titleTag = page.pageTitle();
        List<String> refs = new ArrayList<>();
        for (String r : new String[] {og, page.ldText("headline"), titleTag}) {
            if (r == null || r.isBlank()) continue;
            refs.add(letters(r));
            refs.add(letters(stripSite(r)));
        }
        // the article's own title tags outrank the <title>, which may name a section ("News - Site")
        int own = titleTag.isBlank() ? refs.size() : refs.size() - 2;
        String site = page.siteName == null ? "" : page.siteLetters;
        String best = null;
        double bestFit = 0.3;
        int seen = 0;
        for (Element h : page.headings) {
            if (++seen > 60) break;
            if (page.inComments(h) || page.isSiteHeading(h)) continue;
            // the heading, and its parts in case an unmarked kicker sits in front of the headline
            List<String> texts = new ArrayList<>();
            String main = withoutKicker(h);
            texts.add(main);
            // the titles repeat "Kicker: Headline" and the heading marks its kicker as such: the headline is the rest
            String withMarkedKicker = !main.equals(page.text(h).strip()) && hasMarkedKicker(h) ? letters(page.text(h)) : null;
            int parts = Dom.childrenUpTo(h, 5);
            if (main.length() == page.text(h).strip().length() && parts >= 2 && parts <= 4) for (Element part : h.children()) texts.add(page.text(part).strip());
            for (String text : texts) {
                if (text.length() > 300) continue; // a block of text, no headline: not worth its letters
                String lh = letters(text);
                if (lh.length() < 4 || lh.equals(site) || isSitePart(lh, !h.normalName().equals("h1"))) continue;
                for (int i = 0; i < refs.size(); i++) {
                    String r = refs.get(i);
                    double fit = lh.equals(r) ? (i < own ? 3.5 : 3) : r.contains(lh) ? (double) lh.length() / r.length()
                            : lh.contains(r) ? 0.9 * r.length() / lh.length() : 0;
                    String tail = null;
                    // "Kicker: Headline" under a title tag of just "Headline": an unmarked kicker, dropped
                    if (fit < 1 && r.length() >= 12 && lh.endsWith(r) && (tail = tailWithLetters(text, r)) != null) fit = i < own ? 3.4 : 2.9;
                    if (text == main && r.equals(withMarkedKicker)) fit = i < own ? 3.6 : 3.1;
                    // the page's h1 goes on where the shortened title tag stops: the full headline
                    if (fit < 1 && i < own && r.length() >= 20 && lh.startsWith(r) && h.normalName().equals("h1")) fit = 3.55;
                    if (fit > bestFit) {
                        best = tail != null ? tail : text;
                        bestFit = fit;
                    }
                }
            }
        }
        if (best != null) return withoutSiteEnd(best);
        // no heading echoes the titles: the page's one h1 still names the page better than they do
        Element onlyH1 = null;
        int named = 0;
        for (Element h : page.h1s) {
            if (page.text(h).length() > 300) continue;
            String lh = letters(page.text(h));
            if (lh.length() < 3 || lh.equals(site) || isSitePart(lh, true) || page.isHomeLink(h)) continue;
            if (named++ == 0) onlyH1 = h;
        }
        if (named == 1) return withoutKicker(onlyH1);
        if (og != null) return stripSite(og);
        if (!titleTag.isEmpty()) return stripSite(titleTag);
        Element h1 = page.h1s.isEmpty() ? null : page.h1s.get(0);
        return h1 == null || page.text(h1).isBlank() ? null : page.text(h1).strip();
    }

    private static final Pattern SEPARATOR_AT_END = Pattern.compile("\\s[|│–—·•»«:~/-]\\s*$");

    /** The title without the end whose {@link HtmlMetadata#letters} are {@code site}, when a separator sets it off; else null. */
    private static String withoutEnd(String title, String site) {
        String all = letters(title);
        if (site.length() < 5 || all.length() < site.length() + 4 || !all.endsWith(site)) return null;
        int at = startOfLastLetters(title, site.codePointCount(0, site.length()));
        if (at < 0) return null;
        String head = title.substring(0, at);
        return SEPARATOR_AT_END.matcher(head).find() ? SEPARATORS_AT_END.matcher(head).replaceAll("").strip() : null;
    }

    private static final String QUOTE_OPENERS = "\"'«»„“”‘’‚‹›「『";

    /** The end of {@code text} whose {@link HtmlMetadata#letters} are {@code want}, from its first letter; null when there is none. */
    private static String tailWithLetters(String text, String want) {
        int at = startOfLastLetters(text, want.codePointCount(0, want.length()));
        if (at < 0) return null;
        String tail = text.substring(at).strip();
        // a quotation in front („Words“: Headline) belongs to the headline; a topic label does not
        if (!letters(tail).equals(want) || QUOTE_OPENERS.indexOf(text.strip().charAt(0)) >= 0) return null;
        return tail;
    }

    /** Where the last {@code count} letters or digits of {@code text} start; -1 when it has fewer. */
    private static int startOfLastLetters(String text, int count) {
        int at = text.length();
        while (at > 0 && count > 0) {
            at = text.offsetByCodePoints(at, -1);
            if (Character.isLetterOrDigit(text.codePointAt(at))) count--;
        }
        return count > 0 ? -1 : at;
    }

    private static final Pattern HIDDEN = Pattern.compile("(?i)sr-only|screen-reader|visually-?hidden|element-invisible|offscreen");

    private static final Pattern KICKER = Pattern.compile(
            "(?i)kicker|overline|dachzeile|topline|roofline|eyebrow|supertitle|super-title|pre-?title|pretitle|spitzmarke|tagline|label|category|rubrik");

    /**
     * A heading's text without its kicker ("Interne Unterlagen: " over "Daten gehackt"): a child
     * named like one, or any element the heading opens with before its own longer text.
     */
    private String withoutKicker(Element h) {
        String text = page.text(h).strip();
        for (int i = 0; i < h.childNodeSize(); i++) {
            if (!(h.childNode(i) instanceof Element child)) continue;
            String names = Boilerplate.names(child);
            // text only screen readers get ("Headline<span class='sr-only'> | Site</span>") is not on the page,
            // and small print after the headline is its subline or date line
            if (HIDDEN.matcher(names).find() || child.normalName().equals("small")) {
                String hidden = page.text(child).strip();
                if (!hidden.isEmpty() && text.length() > hidden.length() && text.endsWith(hidden))
                    text = text.substring(0, text.length() - hidden.length()).strip();
                continue;
            }
            if (!KICKER.matcher(names).find()) continue;
            String kicker = page.text(child).strip();
            int at = text.indexOf(kicker);
            if (!kicker.isEmpty() && at == 0) text = KICKER_SEPARATORS.matcher(text.substring(kicker.length())).replaceFirst("").strip();
        }
        Element box = h;
        // one wrapper and nothing beside it: look inside
        while (Dom.childrenUpTo(box, 2) == 1 && hasOnlyBlankText(box) && box.firstElementChild().firstElementChild() != null)
            box = box.firstElementChild();
        org.jsoup.nodes.Node first = null;
        for (org.jsoup.nodes.Node n : box.childNodes()) {
            if (n instanceof TextNode t && t.isBlank()) continue;
            first = n;
            break;
        }
        if (first instanceof Element lead && !lead.normalName().equals("a") && !lead.normalName().equals("br")) {
            String kicker = page.text(lead).strip(), all = page.text(box).strip();
            if (!kicker.isEmpty() && all.startsWith(kicker)) {
                String rest = LEAD_SEPARATORS.matcher(all.substring(kicker.length())).replaceFirst("").strip();
                // "<span>Ehezoff</span> der Pochers …" goes on in lower case: one sentence, no kicker
                if (rest.length() > kicker.length() && Boilerplate.SPACES.split(rest).length >= 3 && text.endsWith(rest)
                        && !Character.isLowerCase(rest.codePointAt(0))) return rest;
            }
        }
        return text;
    }

    /** What sets a kicker off from the headline after it: a kicker element's, and a leading element's. */
    private static final Pattern KICKER_SEPARATORS = Pattern.compile("^[\\s:|–—-]+"), LEAD_SEPARATORS = Pattern.compile("^[\\s:|/»›>·•–—-]+");

    /** Whether the element's own text nodes are all blank (its text is in its child elements). */
    private static boolean hasOnlyBlankText(Element el) {
        for (int i = 0; i < el.childNodeSize(); i++) if (el.childNode(i) instanceof TextNode t && !t.isBlank()) return false;
        return true;
    }

    /** Whether a part of the page title names the site; null until asked. */
    private Boolean titleNamesSite;

    private static boolean hasMarkedKicker(Element h) {
        for (Element child : h.children()) if (KICKER.matcher(Boilerplate.names(child)).find()) return true;
        return false;
    }

    /**
     * True when {@code letters} is the part of a "Headline | Site" title that names the site; when no part
     * does, the shorter end, if {@code guess} allows it (a page's h1 is taken at its word).
     */
    private boolean isSitePart(String letters, boolean guess) {
        String[] parts = page.titleParts();
        if (parts.length < 2) return false;
        // the site's own name, when the page gives it, tells which end that is
        if (page.siteName != null && !page.siteLetters.isEmpty()) return page.namesSite(letters);
        if (titleNamesSite == null) {
            titleNamesSite = false;
            for (String part : parts) titleNamesSite |= page.namesSite(letters(part));
        }
        // "Headline | site.example | Motto": any part may be the one that names the site
        if (titleNamesSite) return page.namesSite(letters);
        if (!guess) return false;
        String first = letters(parts[0]), last = letters(parts[parts.length - 1]);
        String shorter = first.length() <= last.length() ? first : last;
        return letters.equals(shorter);
    }

    /** "Headline | Site" → "Headline" when the end part names the site or its domain; else the text as it is. */
    private String withoutSiteEnd(String title) {
        String[] parts = HtmlMetadata.TITLE_SEPARATOR.split(title);
        if (parts.length < 2) return title;
        String last = parts[parts.length - 1].strip();
        if (!page.namesSite(letters(last))) return title;
        int at = title.lastIndexOf(last);
        String rest = SEPARATORS_AT_END.matcher(title.substring(0, at)).replaceAll("").strip();
        return rest.isEmpty() ? title : rest;
    }

    /** "Headline | Site" → "Headline": drops the site name, or else the shorter end part. */
    private String stripSite(String title) {
        String[] parts = HtmlMetadata.TITLE_SEPARATOR.split(title);
        if (parts.length < 2) return title;
        // a site's name with a separator of its own ("Figures - Dance Club Town") ends the title as a whole
        List<String> sites = new ArrayList<>(page.logoNames());
        if (page.siteName != null) sites.add(page.siteLetters);
        for (String site : sites) {
            String head = withoutEnd(title, site);
            if (head != null) return head;
        }
        if (page.siteName != null) {
            String site = page.siteLetters;
            List<String> kept = new ArrayList<>();
            for (String p : parts) if (!letters(p).equals(site)) kept.add(p.strip());
            if (kept.size() < parts.length && !kept.isEmpty()) return String.join(" - ", kept);
        }
        String first = parts[0].strip(), last = parts[parts.length - 1].strip();
        // "Headline | site.example | Motto": the site's name in the middle ends the headline
        for (int i = 1; i < parts.length - 1; i++)
            if (page.namesSite(letters(parts[i]))) return SEPARATORS_AT_END.matcher(title.substring(0, title.indexOf(parts[i], first.length()))).replaceAll("");
        boolean siteFirst = page.namesSite(letters(first)), siteLast = page.namesSite(letters(last));
        if (siteLast || !siteFirst && first.length() >= last.length()) return SEPARATORS_AT_END.matcher(title.substring(0, title.lastIndexOf(last))).replaceAll("");
        return SEPARATORS_AT_START.matcher(title.substring(title.indexOf(first) + first.length())).replaceAll("");
    }
}
