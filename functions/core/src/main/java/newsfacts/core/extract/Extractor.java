package newsfacts.core.extract;

import newsfacts.core.entities.EntityExtractor;
import newsfacts.core.facts.FactExtractor;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.Entity;
import newsfacts.core.model.Facts;

import java.util.List;

/** Entities first, then the facts that hang on them. Load once per process: the models are shared. */
public final class Extractor {
    private final EntityExtractor entities;
    private final FactExtractor facts;

    public Extractor(EntityExtractor entities, FactExtractor facts) {
        this.entities = entities;
        this.facts = facts;
    }

    public static Extractor load() {
        return new Extractor(EntityExtractor.load(), FactExtractor.load());
    }

    public Facts extract(CleanedDocument doc) {
        List<Entity> found = entities.extract(doc.body());
        return facts.extract(doc, found);
    }
}
