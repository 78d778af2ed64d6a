package newsfacts.query;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Matches a request path to one of {@link QueryApi#ROUTES}, as API Gateway does before it calls us. */
public final class Routes {
    private Routes() {}

    public record Match(String route, Map<String, String> pathParameters) {}

    public static Optional<Match> match(String path) {
        if (path == null) return Optional.empty();
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (QueryApi.ROUTES.contains(p) && !p.contains("{")) return Optional.of(new Match(p, Map.of()));
        String[] parts = p.split("/", -1);
        if (parts.length == 3 && parts[0].isEmpty() && !parts[2].isEmpty()) {
            String value = URLDecoder.decode(parts[2], StandardCharsets.UTF_8);
            if (parts[1].equals("articles")) return Optional.of(new Match("/articles/{id}", Map.of("id", value)));
            if (parts[1].equals("entities")) return Optional.of(new Match("/entities/{name}", Map.of("name", value)));
        }
        return Optional.empty();
    }
}
