package newsfacts.query;

import newsfacts.core.Json;

import java.util.Map;

/** A status and a JSON body; errors are RFC 9457 problem details. */
public record ApiResponse(int status, String contentType, String body) {

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, "application/json", Json.write(body));
    }

    public static ApiResponse problem(int status, String title, String detail, String parameter) {
        var problem = new java.util.LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (parameter != null) problem.put("parameter", parameter);
        return new ApiResponse(status, "application/problem+json", Json.write(problem));
    }

    public static ApiResponse badRequest(String parameter, String why) {
        return problem(400, "Bad Request", parameter + ": " + why, parameter);
    }

    public static ApiResponse notFound(String detail) {
        return problem(404, "Not Found", detail, null);
    }

    public Map<String, String> headers() {
        return Map.of("Content-Type", contentType);
    }
}
