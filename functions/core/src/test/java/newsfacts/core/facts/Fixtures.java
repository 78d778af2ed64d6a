package newsfacts.core.facts;

import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.core.model.Metadata;
import newsfacts.core.model.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hand-made documents and entities for the fact tests, so they do not depend on the entity tagger. */
final class Fixtures {
    private Fixtures() {}

    static CleanedDocument doc(String body, String published, String language) {
        Metadata meta = new Metadata(null, null, null, published, null, null, null, language, null, null, null, null, null, null);
        return new CleanedDocument("test", body, List.of(), meta, null, body.split("\\s+").length, "test");
    }

    /** An entity with every whole-word occurrence of each surface form as a mention. */
    static Entity entity(String body, String name, EntityType type, String... forms) {
        List<Span> spans = new ArrayList<>();
        for (String form : forms.length == 0 ? new String[] {name} : forms) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(form) + "\\b").matcher(body);
            while (m.find()) {
                int s = m.start();
                boolean inside = spans.stream().anyMatch(x -> x.start() <= s && s < x.end());
                if (!inside) spans.add(Span.of(body, m.start(), m.end()));
            }
        }
        spans.sort((a, b) -> a.start() - b.start());
        return new Entity(name, type, List.of(), spans, spans.size(), 0);
    }

    /** The body of the MENAFN sample: its four paragraphs, without the source tag. */
    static String menafnBody() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/menafn-nato.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> paragraphs = new ArrayList<>();
            for (String block : text.split("\n\\s*\n")) {
                String p = block.strip();
                if (p.startsWith("MENAFN")) break;  // the record id: the body is over
                if (p.split("\\s+").length > 30) paragraphs.add(p.replaceFirst("^\\(MENAFN\\)\\s*", ""));
            }
            return String.join("\n\n", paragraphs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entity> menafnEntities(String body) {
        return List.of(
                entity(body, "Jens Stoltenberg", EntityType.PERSON, "Jens Stoltenberg", "Stoltenberg"),
                entity(body, "Sergey Lavrov", EntityType.PERSON, "Sergey Lavrov", "Lavrov"),
                entity(body, "NATO", EntityType.ORGANIZATION),
                entity(body, "The Economist", EntityType.ORGANIZATION),
                entity(body, "Ukraine", EntityType.LOCATION),
                entity(body, "Russia", EntityType.LOCATION),
                entity(body, "Kharkov", EntityType.LOCATION),
                entity(body, "Moscow", EntityType.LOCATION),
                entity(body, "United States", EntityType.LOCATION),
                entity(body, "ATACMS", EntityType.MISC));
    }
}
