package newsfacts.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import newsfacts.aws.ObjectEvent;
import newsfacts.query.QueryApi;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every committed event file reads as the Lambda runtime reads it; a file it would misread fails here. */
class EventFilesTest {

    static <T> T read(Path file, Class<T> type) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return LambdaEventSerializers.serializerFor(type, EventFilesTest.class.getClassLoader()).fromJson(in);
        }
    }

    static List<Path> files(String prefix) throws Exception {
        try (Stream<Path> s = Files.list(Path.of("events"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void s3EventsReadWithDecodedKeysUnderTheTemplatePrefixes() throws Exception {
        List<Path> files = files("s3-");
        assertTrue(files.size() >= 3, "s3 put raw, put cleaned, delete raw");
        var prefixes = TemplateModel.read(Path.of("template.yaml")).s3Subscriptions().stream().map(TemplateModel.Subscription::prefix).toList();
        for (Path f : files) {
            List<ObjectEvent> events = ObjectEvent.of(read(f, S3Event.class));
            assertEquals(1, events.size(), f.toString());
            ObjectEvent e = events.get(0);
            assertNotNull(e.sequencer(), f + " has a sequencer");
            assertTrue(prefixes.stream().anyMatch(e.key()::startsWith), f + " key " + e.key() + " matches a template prefix");
            assertFalse(e.key().contains("%"), "key is decoded: " + e.key());
        }
    }

    @Test
    void apiEventsReadAndNameTemplateRoutes() throws Exception {
        List<Path> files = files("api-");
        var templatePaths = TemplateModel.read(Path.of("template.yaml")).routes().stream().map(TemplateModel.Route::path).toList();
        assertEquals(QueryApi.ROUTES.size(), files.size(), "one API event per route");
        for (Path f : files) {
            APIGatewayProxyRequestEvent e = read(f, APIGatewayProxyRequestEvent.class);
            assertEquals("GET", e.getHttpMethod(), f.toString());
            assertTrue(templatePaths.contains(e.getResource()), f + " resource " + e.getResource() + " is a template route");
            assertTrue(QueryApi.ROUTES.contains(e.getResource()), f + " resource is served by the query API");
        }
    }

    @Test
    void templateRoutesAreExactlyTheApiRoutes() throws Exception {
        var templatePaths = TemplateModel.read(Path.of("template.yaml")).routes().stream().map(TemplateModel.Route::path).sorted().toList();
        assertEquals(QueryApi.ROUTES.stream().sorted().toList(), templatePaths);
    }
}
