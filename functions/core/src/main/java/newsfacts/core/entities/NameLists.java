package newsfacts.core.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the shipped name lists from the shared gazetteers (part of {@link Train}). Each list
 * stays a separate file, since each keeps its own licence.
 */
final class NameLists {
    private static final int BIG_CITY = 250_000, ALTERNATE_NAMES_FROM = 300_000;

    private NameLists() {}

    static void build(Path gazetteers, Path out) throws IOException {
        Map<String, Long> population = new HashMap<>();
        Map<String, String> countryByCode = new HashMap<>();
        Map<String, Integer> places = new LinkedHashMap<>();
        Map<String, String> countryNames = new HashMap<>();
        rows(gazetteers.resolve("geonames/countryInfo.txt"), c -> {
            String name = c[4];
            countryByCode.put(c[0], name);
            population.put(name, Long.parseLong(c[7]));
            places.merge(Lexicon.key(name), Gazetteer.COUNTRY, (a, b) -> a | b);
            countryNames.put(Lexicon.key(name), name);
        });
        rows(gazetteers.resolve("geonames/admin1CodesASCII.txt.gz"), c -> {
            places.merge(Lexicon.key(c[1]), Gazetteer.REGION, (a, b) -> a | b);
            places.merge(Lexicon.key(c[2]), Gazetteer.REGION, (a, b) -> a | b);
        });
        rows(gazetteers.resolve("geonames/cities15000.txt.gz"), c -> {
            long pop = c[14].isEmpty() ? 0 : Long.parseLong(c[14]);
            int bits = Gazetteer.CITY | (pop >= BIG_CITY ? Gazetteer.BIG_CITY : 0);
            places.merge(Lexicon.key(c[1]), bits, (a, b) -> a | b);
            places.merge(Lexicon.key(c[2]), bits, (a, b) -> a | b);
            if (pop >= ALTERNATE_NAMES_FROM) {
                for (String alt : c[3].split(",")) {
                    // Latin-script names only, as written in English text
                    if (alt.length() >= 3 && alt.matches("[A-Z][A-Za-z' -]+")) places.merge(Lexicon.key(alt), bits, (a, b) -> a | b);
                }
            }
        });
        try (PrintWriter w = gzipWriter(out.resolve(Lexicon.PLACES))) {
            w.println("# Derived from GeoNames (https://www.geonames.org/), CC BY 4.0 (cities15000: 2013 dump, CC BY 3.0).");
            w.println("# category bits, tokenised lower-case name, canonical country name");
            places.forEach((key, bits) -> {
                if (key.isEmpty()) return;
                String country = (bits & Gazetteer.COUNTRY) != 0 ? "\t" + countryNames.get(key) : "";
                w.println(bits + "\t" + key + country);
            });
        }

        // demonym → country; a demonym shared by territories goes to the most populous (the sovereign state)
        Map<String, String> demonyms = new LinkedHashMap<>();
        rows(gazetteers.resolve("demonyms.tsv"), c -> {
            String country = countryByCode.getOrDefault(c[4], c[2]);
            for (String demonym : new String[]{c[0], c[1]}) {
                if (demonym.isBlank()) continue;
                String old = demonyms.get(demonym);
                if (old == null || population.getOrDefault(country, 0L) > population.getOrDefault(old, 0L)) demonyms.put(demonym, country);
            }
        });
        try (PrintWriter w = gzipWriter(out.resolve(Lexicon.DEMONYMS))) {
            w.println("# Country demonyms derived from \"world countries\" by Mohammed Le Doze and contributors");
            w.println("# (https://github.com/mledoze/countries), Open Database License 1.0. Changed: demonym -> country name only.");
            w.println("# tokenised lower-case demonym, country name");
            demonyms.forEach((d, c) -> w.println(Lexicon.key(d) + "\t" + c));
        }

        // every English name and abbreviation of an organisation → its canonical name (the first abbreviation, else the name)
        try (PrintWriter w = gzipWriter(out.resolve(Lexicon.ORGANISATIONS))) {
            w.println("# International organisations derived from SupraVerden by Confirmordeny");
            w.println("# (https://github.com/confirmordeny/supraverden), CC BY-SA 4.0. Changed: English names and abbreviations only.");
            w.println("# category bits, tokenised lower-case name, canonical name");
            rows(gazetteers.resolve("international-organisations.tsv"), c -> {
                String[] abbreviations = c[1].isEmpty() ? new String[0] : c[1].split("\\|");
                String canonical = abbreviations.length > 0 ? abbreviations[0] : c[0];
                w.println(Gazetteer.ORG + "\t" + Lexicon.key(c[0]) + "\t" + canonical);
                for (String other : (c[2] + "|" + c[3]).split("\\|"))
                    if (!other.isBlank()) w.println(Gazetteer.ORG + "\t" + Lexicon.key(other) + "\t" + canonical);
                for (String abbreviation : abbreviations) w.println(Gazetteer.ORG_ABBR + "\t" + Lexicon.key(abbreviation) + "\t" + canonical);
            });
        }
    }

    private static void rows(Path file, Consumer<String[]> row) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Train.open(file), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                row.accept(line.split("\t", -1));
            }
        }
    }

    private static PrintWriter gzipWriter(Path file) throws IOException {
        return new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8));
    }
}
