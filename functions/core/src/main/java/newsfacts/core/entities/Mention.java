package newsfacts.core.entities;

import newsfacts.core.model.EntityType;
import newsfacts.core.model.Span;

/** A typed name in the text, as the tagger reads it (CoNLL conventions: "Russian" is MISC). */
public record Mention(Span span, EntityType type) {
    public int start() { return span.start(); }

    public int end() { return span.end(); }

    public String text() { return span.text(); }
}
