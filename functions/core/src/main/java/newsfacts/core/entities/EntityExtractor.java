package newsfacts.core.entities;

import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.core.model.Span;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Finds the named entities of a text: a trained tagger reads the mentions, then mentions of one
 * thing are joined into an entity with a canonical name stable across articles ("Stoltenberg" is
 * Jens Stoltenberg; "NATO" after "North Atlantic Treaty Organization (NATO)" is an alias; "Russian
 * Foreign Minister" mentions Russia; "Kharkiv" and "Kharkov" are one place). Thread-safe.
 */
public final class EntityExtractor {
    private static final String RESOURCES = "/newsfacts/entities/";
    private static volatile EntityExtractor shared;

    private final MentionFinder finder;
    private final EntityBuilder builder;

    private EntityExtractor(Lexicon lexicon, Tagger tagger) {
        this.finder = new MentionFinder(tagger, lexicon);
        this.builder = new EntityBuilder(lexicon);
    }

    /** Loads the shipped model and name lists from the classpath (once; later calls share it). */
    public static EntityExtractor load() {
        EntityExtractor e = shared;
        if (e == null) {
            synchronized (EntityExtractor.class) {
                if (shared == null) shared = loadFresh();
                e = shared;
            }
        }
        return e;
    }

    private static EntityExtractor loadFresh() {
        // the model and the name lists load side by side: on two cores that halves the wait
        CompletableFuture<Tagger> tagger = CompletableFuture.supplyAsync(EntityExtractor::readTagger);
        Lexicon lexicon = Lexicon.load(EntityExtractor::resource);
        return new EntityExtractor(lexicon, tagger.join());
    }

    private static Tagger readTagger() {
        try (InputStream in = new GZIPInputStream(resource(Lexicon.MODEL), 1 << 16)) {
            return Tagger.read(new BufferedInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = EntityExtractor.class.getResourceAsStream(RESOURCES + name);
        if (in == null) throw new IllegalStateException("missing resource " + RESOURCES + name);
        return in;
    }

    /** Every name mention with its CoNLL-style type, in text order. */
    public List<Mention> mentions(String text) {
        return finder.find(text);
    }

    /** The entities of a text, most salient first; mention offsets index {@code text}. */
    public List<Entity> extract(String text) {
        return builder.build(text, finder.find(text));
    }
}
