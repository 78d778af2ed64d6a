package newsfacts.core.facts;

import newsfacts.core.model.Entity;
import newsfacts.core.model.EntityType;
import newsfacts.core.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpeakerResolverTest {
    @Test
    void theSpeakerIsNamedBeforeARelativeClauseOrApposition() {
        String source = "Tomas Reyna, who worked for Mayor Elena Vasquez until May";
        Entity reyna = person("Tomas Reyna", 0), vasquez = person("Elena Vasquez", source.indexOf("Elena"));
        SpeakerResolver speakers = new SpeakerResolver(List.of(reyna, vasquez), List.of());
        assertEquals("Tomas Reyna", speakers.resolve(new Span(source, 0, source.length())));
        assertEquals("Elena Vasquez", speakers.resolve(new Span("Mayor Elena Vasquez", source.indexOf("Mayor"), source.indexOf(" until"))));
    }

    private static Entity person(String name, int at) {
        return new Entity(name, EntityType.PERSON, List.of(), List.of(new Span(name, at, at + name.length())), 1, 0.5);
    }
}
