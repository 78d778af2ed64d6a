package newsfacts.core.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns bylines into clean person names: no "By", dates, e-mails or job titles. */
final class Authors {
    private static final Pattern LEAD = Pattern.compile(
            "(?iu)^(?:(?:(?:view|see|show) all posts|alles|mehr|alle beiträge|alle artikel|all posts|posts|articles|more|written|posted|published|reported|text|photos?|fotos?|interview|erstellt|gespeichert|verfasst|geschrieben|eingestellt|veröffentlicht|publiziert|gepostet|(?:eine? |blog |blog-)?(?:beitrag|artikel|gastbeitrag|kommentar|kolumne|bericht|essay|article|story|column))\\s+)?(?:by|von|vom|par|por|door|di|da|de|av|od|autor(?:in)?|auteurs?|author|text|interview|fotos?|photos?|redaktion(?=\\s*:))(?:\\s*[:.]\\s*|\\s+)");
    /** A date or "posted" in front of the byline word: "Posted on May 3, 2020 by", "13. Januar 2014 von". */
    private static final Pattern DATED_LEAD = Pattern.compile(
            "(?iu)^.{0,60}?(?:\\d|posted|published|publiziert|veröffentlicht|publié|publicado).{0,60}?\\s(?:by|von|par|por|door)\\s+");
    /** A label glued to the name by the page's markup: "AuthorAndreas Kalt". */
    private static final Pattern GLUED_LEAD = Pattern.compile(
            "^(?:(?:Veröffentlicht|Geschrieben|Verfasst|Erstellt|Beitrag|Posted|Written|Published)\\s?)?(?:Author|Autor|Auteur|Von|von|By|by|Text)(?=\\p{Lu}[\\p{Ll}.])"
                    + "|^(?:Veröffentlicht|Geschrieben|Verfasst|Erstellt|Beitrag|Posted|Written|Published)(?:von|by)\\s");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:;|&|\\||/|,|\\s+(?:and|und|et|y|e|en|i|og|och)\\s+)\\s*");
    private static final Pattern JUNK = Pattern.compile(
            "(?iu)(?:(?<![\\p{L}\\d])\\d|https?:|www\\.|@|\\[at\\]|\\*|\\s[-–—]\\s|\\balle (?:artikel|beiträge)|\\ball (?:posts|articles)|\\bmore (?:by|from)|\\bmehr von|\\bupdated|\\baktualisiert|\\bzuletzt|\\bgeändert|\\blast (?:modified|edited)|\\bpublished|\\bveröffentlicht|\\bpubliziert|\\bpublié|\\bpublicado|\\bposted|(?:^|\\s)(?:am|um|on)(?:\\s|$)|\\sat(?:\\s|$)|\\s\\S+:(?:\\s|$)|\\s(?:sagt|says|schreibt|writes|meint)\\b"
                    + "|\\s(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\\.?(?:\\s|,|$)"
                    + "|\\s(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
                    + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\\b|,?\\s(?:phd|md|msc|mba|ma|ba)\\b)");
    private static final Pattern WHEN = Pattern.compile("(?iu)(?<![\\p{L}\\d])\\d|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b");
    private static final Pattern ROLE = Pattern.compile(
            "(?iu)\\b(?:correspondent|reporter|editor|redakteur(?:in)?|journalist(?:in)?|staff|writer|contributor|chefredakt|korrespondent(?:in)?|columnist|kolumnist|experte|expertin|expert|autor(?:in)?|author|news|team|desk|redaktion|agency|agentur|press|presse|dpa|afp|reuters|apa|ap|kna|epd|sid)\\b.*");

    /** Roles one person holds, written in front of the name: "Reporter Jane Doe", but not "Redaktion Beispielstadt". */
    private static final Pattern PERSON_ROLE = Pattern.compile(
            "(?iu)(?:correspondent|reporter|editor|redakteur|journalist|writer|contributor|korrespondent|columnist|kolumnist|expert|autor|author)");

    /** Parts of a byline that are labels or degrees, never names. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu)(?:by|von|par|por|door|posted|no author|unknown|authors?|autor(?:en|in)?|auteurs?|datum|date|artikel|article|quelle|source|und|and|alle beiträge|\\S*admin(?:istrator)?|phd|ph\\.d\\.?|md|msc|mba|dr\\.?|prof\\.?|jr\\.?|sr\\.?|share|shares|follow|mehr|more"
                    + "|january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember)");

    /** The clean-ups {@link #fromByline} and {@link #cleanName} make, compiled once: they run for every byline candidate. */
    private static final Pattern SPACE_RUNS = Pattern.compile("[\\s\u00a0]+"),
            EMAIL = Pattern.compile("\\S+@\\S+"), IN_BRACKETS = Pattern.compile("\\(.*?\\)"),
            OUTER_QUOTES = Pattern.compile("^[\"'“”„«»‘’]+|[\"'“”„«»‘’]+$"), COPYRIGHT = Pattern.compile("^(?:©|\\(c\\))\\s*"),
            DESK_END = Pattern.compile("[\\s\\-–—:|,·•]+$"), BARE_LABEL = Pattern.compile("\\p{L}+\\s*:"),
            NAME_END = Pattern.compile("[\\s\\-–—:|,·•»«›‹]+$"), NAME_START = Pattern.compile("^[\\s\\-–—:|,.·•]+"),
            FIRST_WORD = Pattern.compile("^\\S+\\s*"), CAPITALISED_WORDS = Pattern.compile("\\p{Lu}\\S*(?: \\p{Lu}\\S*)+");

    private Authors() {}

    /** The names in one byline, cleaned; empty when it holds no plausible name. */
    static List<String> fromByline(String byline) {
        List<String> names = new ArrayList<>();
        if (byline == null) return names;
        String b = SPACE_RUNS.matcher(org.jsoup.parser.Parser.unescapeEntities(byline, false)).replaceAll(" ").strip();
        if (b.length() > 200 || b.isEmpty()) return names;
        b = EMAIL.matcher(b).replaceAll(" ");
        b = IN_BRACKETS.matcher(b).replaceAll(" ");
        b = OUTER_QUOTES.matcher(b).replaceAll("").strip();
        b = twiceWritten(COPYRIGHT.matcher(b).replaceFirst(""));
        b = GLUED_LEAD.matcher(b).replaceFirst("");
        b = DATED_LEAD.matcher(b).replaceFirst("");
        b = LEAD.matcher(b).replaceFirst("");
        // a date or weekday ends the names: "Jane Doe Thursday, November 9, 2023"
        var when = WHEN.matcher(b);
        if (when.find() && when.start() > 0) b = b.substring(0, when.start());
        for (String part : SPLIT.split(b)) {
            String name = cleanName(part);
            if (name != null) names.add(name);
        }
        // "Redaktion", "Staff Writer": no person, but the desk that signs the piece
        if (names.isEmpty() && isDesk(b)) names.add(DESK_END.matcher(b).replaceAll(""));
        return names;
    }

    private static String cleanName(String part) {
        String p = part.strip();
        p = LEAD.matcher(p).replaceFirst("");
        int junk = indexOf(JUNK, p);
        if (junk >= 0) p = p.substring(0, junk);
        p = p.strip();
        if (BARE_LABEL.matcher(p).matches()) return null; // "Stand:", "Foto:": another label, no name
        p = NAME_END.matcher(p).replaceAll("");
        p = NAME_START.matcher(p).replaceAll("").strip();
        if (p.isEmpty() || p.length() > 60 || NOT_A_NAME.matcher(p).matches()) return null;
        String[] words = Boilerplate.SPACES.split(p);
        if (words.length > 5) return null;
        int role = indexOf(ROLE, p);
        if (role >= 0) {
            // "Jane Miller Senior Reporter" keeps the name, so does "Site-Expert Jane Miller"; "Senior Reporter" alone is no name
            String before = p.substring(0, role).strip();
            String after = FIRST_WORD.matcher(p.substring(role)).replaceFirst("");
            if (Boilerplate.SPACES.split(before).length >= 2) p = before;
            else if (!before.contains(" ") && PERSON_ROLE.matcher(p.substring(role)).lookingAt() && CAPITALISED_WORDS.matcher(after).matches()) p = after;
            else return null;
        }
        if (p.isEmpty() || !Character.isLetter(p.codePointAt(0))) return null;
        return LOGIN.matcher(p).matches() && !isOrganisation(p) ? fromLogin(p) : p;
    }

    /** A login made of first and last name: "jane.doe", "jane_doe". */
    private static final Pattern LOGIN = Pattern.compile("\\p{Ll}{2,}[._]\\p{Ll}{2,}");

    /** "jane.doe" → "Jane Doe". */
    private static String fromLogin(String login) {
        StringBuilder out = new StringBuilder();
        for (String part : login.split("[._]")) {
            if (out.length() > 0) out.append(' ');
            out.appendCodePoint(Character.toUpperCase(part.codePointAt(0))).append(part.substring(part.offsetByCodePoints(0, 1)));
        }
        return out.toString();
    }

    /** A short byline made of a role or desk word and names ("Redaktion", "HLNF Staff Report"), no dates or links. */
    static boolean isDesk(String byline) {
        return byline.length() <= 50 && Boilerplate.SPACES.split(byline).length <= 6 && ROLE.matcher(byline).find()
                && !JUNK.matcher(byline).find() && !NOT_A_NAME.matcher(byline).matches() && Character.isLetter(byline.codePointAt(0));
    }

    /** Names with a legal form or an institution's word: "Beispiel GmbH", "Bund der Beispiele e.V.". */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?iu)(?:^|\\s)(?:e\\.\\s?v\\.|gmbh|ag|se|ltd\\.?|inc\\.?|llc|plc|kg|stiftung|verband|verein|institut|universität|university"
                    + "|ministerium|bund|fondation|foundation|association)(?:\\s|$)|\\.(?:de|com|at|ch|org|net|fr|it|es|eu|info|io|pl|nl|uk|us|be|co|tv|fm|me|news|media|online|blog)$");

    static boolean isOrganisation(String name) {
        return ORGANISATION.matcher(name).find();
    }

    /** A name printed twice, as for screen readers and the eye: "Jane DoeJane Doe", "Jane Doe Jane Doe". */
    private static String twiceWritten(String b) {
        int half = b.length() / 2;
        if (half < 3) return b;
        String first = b.substring(0, half);
        boolean glued = b.length() % 2 == 0 && b.endsWith(first);
        boolean spaced = b.length() % 2 == 1 && b.charAt(half) == ' ' && b.endsWith(first);
        return glued || spaced ? first : b;
    }

    private static int indexOf(Pattern pattern, String s) {
        var m = pattern.matcher(s);
        return m.find() ? m.start() : -1;
    }

    static List<String> dedupe(List<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String n : names) if (seen.add(n.toLowerCase())) out.add(n);
        return out;
    }
}
