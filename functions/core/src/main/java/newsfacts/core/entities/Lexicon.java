package newsfacts.core.entities;

import newsfacts.core.model.EntityType;
import newsfacts.core.nlp.Tokenizer;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The shipped name lists, each a separate file under its own licence (see functions/core/NOTICE.md):
 * GeoNames places, country demonyms, international organisations and our alias table. Gives the
 * tagger its gazetteer and the entity builder its canonical names.
 */
final class Lexicon {
    static final String PLACES = "geonames-places.tsv.gz", DEMONYMS = "demonyms.tsv.gz",
            ORGANISATIONS = "organisations.tsv.gz", ALIASES = "aliases.tsv", KNOWN_NAMES = "known-names.tsv", DEMONYM_FORMS = "demonym-forms.tsv", MODEL = "tagger.bin.gz";

    final Gazetteer gazetteer = new Gazetteer();
    /** Lower-cased, tokenised demonym (also plural) → country name. */
    final Map<String, String> demonyms = new HashMap<>();
    /** Lower-cased, tokenised name → canonical name, for names known to mean one thing. */
    final Map<String, String> canonical = new HashMap<>();
    /** Lower-cased, tokenised name → its type, for names the model is not to guess. */
    final Map<String, EntityType> knownNames = new HashMap<>();
    /** Canonical name → the other names the alias table gives it. */
    final Map<String, List<String>> aliasesOf = new HashMap<>();

    static Lexicon load(Function<String, InputStream> open) {
        Lexicon lex = new Lexicon();
        // hand-made aliases first: they win over names derived from the lists
        Gazetteer.readTsv(open.apply(ALIASES), false, (name, aliases) -> {
            lex.canonical.putIfAbsent(key(name), name);
            lex.aliasesOf.put(name, List.of(aliases.split("\\|")));
            for (String alias : aliases.split("\\|")) if (!alias.isBlank()) lex.canonical.putIfAbsent(key(alias), name);
        });
        Gazetteer.readTsv(open.apply(KNOWN_NAMES), false, (type, name) -> lex.knownNames.put(key(name), EntityType.fromShortName(type)));
        // the list files hold tokenised, lower-cased keys already
        Gazetteer.readTsv(open.apply(PLACES), true, lex::addListed);
        Gazetteer.readTsv(open.apply(ORGANISATIONS), true, lex::addListed);
        // hand-made forms first ("Britons", "Poles"): the list has one form per country
        Gazetteer.readTsv(open.apply(DEMONYM_FORMS), false, (form, country) -> lex.addDemonym(key(form), country));
        Gazetteer.readTsv(open.apply(DEMONYMS), true, (key, country) -> {
            lex.addDemonym(key, country);
            // "Russians", "Pakistanis": nationalities as nouns
            if (key.endsWith("n") || key.endsWith("i")) lex.addDemonym(key + "s", country);
        });
        return lex;
    }

    private static final int PLACE = Gazetteer.COUNTRY | Gazetteer.REGION | Gazetteer.CITY | Gazetteer.BIG_CITY;
    /** Nations inside a state that field their own national sides, and states gone from today's lists: countries in the news. */
    private static final Set<String> OTHER_COUNTRIES = Set.of("england", "scotland", "wales", "northern ireland",
            "yugoslavia", "soviet union", "ussr", "czechoslovakia", "east germany", "west germany", "zaire");

    /** Whether a key names a listed place, directly or through the alias table ("Russian Federation" is Russia). */
    boolean isPlace(String key) {
        return (placeCategories(key) & PLACE) != 0;
    }

    /** Whether a key names a country (or a home nation such as Scotland), directly or through the alias table. */
    boolean isCountry(String key) {
        return OTHER_COUNTRIES.contains(key) || (placeCategories(key) & Gazetteer.COUNTRY) != 0;
    }

    /** The gazetteer categories of a name, or of the canonical name and aliases it stands for. */
    int placeCategories(String key) {
        int categories = gazetteer.categories(key);
        String name = canonical.get(key);
        if (name == null) return categories;
        categories |= gazetteer.categories(key(name));
        for (String alias : aliasesOf.getOrDefault(name, List.of())) categories |= gazetteer.categories(key(alias));
        return categories;
    }

    /** The first form read for a demonym key keeps its country. */
    private void addDemonym(String key, String country) {
        demonyms.putIfAbsent(key, country);
        gazetteer.add(key, Gazetteer.DEMONYM);
    }

    /** A list row: category bits, then the key and, where the list gives one, a canonical name. */
    private void addListed(String bits, String rest) {
        int tab = rest.indexOf('\t');
        String key = tab < 0 ? rest : rest.substring(0, tab);
        int categories = Integer.parseInt(bits);
        gazetteer.add(key, categories);
        if (tab >= 0) canonical.putIfAbsent(key, rest.substring(tab + 1));
    }

    /** The lookup key of a name: its tokens, lower-cased, joined by single spaces. */
    static String key(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (Tokenizer.Token t : Tokenizer.tokenize(name)) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(Gazetteer.normalise(t.text()));
        }
        return sb.toString();
    }
}
