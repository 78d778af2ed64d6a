package newsfacts.core.model;

import java.util.List;

/** Everything extracted from one cleaned document. */
public record Facts(List<Entity> entities, List<Role> roles, List<Statement> statements,
                    List<DateMention> dates, List<Quantity> quantities, List<String> keywords,
                    String summary, List<String> notExtracted, String extractorVersion) {
    public Facts {
        entities = entities == null ? List.of() : List.copyOf(entities);
        roles = roles == null ? List.of() : List.copyOf(roles);
        statements = statements == null ? List.of() : List.copyOf(statements);
        dates = dates == null ? List.of() : List.copyOf(dates);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        notExtracted = notExtracted == null ? List.of() : List.copyOf(notExtracted);
    }

    /** These facts, saying also that {@code what} was not extracted (a limit cut it, or the language). */
    public Facts withNotExtracted(String what) {
        List<String> notes = new java.util.ArrayList<>(notExtracted);
        notes.add(what);
        return new Facts(entities, roles, statements, dates, quantities, keywords, summary, notes, extractorVersion);
    }
}
