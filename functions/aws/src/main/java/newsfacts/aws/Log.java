package newsfacts.aws;

import newsfacts.core.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON line per event on stdout, which Lambda sends to CloudWatch Logs. Each line is also in
 * CloudWatch's Embedded Metric Format, so the outcome counts and durations become metrics
 * (namespace {@code newsfacts}, dimensions stage and outcome) with no agent and no API call.
 * Lines carry ids, sizes, stages, durations and reasons; never article text or credentials.
 */
public final class Log {
    static final String NAMESPACE = "newsfacts";
    private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();

    private Log() {}

    /** The Lambda request id for the lines this thread writes until the next call. */
    public static void requestId(String id) {
        REQUEST_ID.set(id);
    }

    public static void event(String stage, String outcome, Object... keyValues) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", "INFO");
        line.put("stage", stage);
        line.put("outcome", outcome);
        if (REQUEST_ID.get() != null) line.put("requestId", REQUEST_ID.get());
        for (int i = 0; i + 1 < keyValues.length; i += 2) line.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        List<Map<String, String>> metrics = new java.util.ArrayList<>(List.of(Map.of("Name", "Count", "Unit", "Count")));
        line.put("Count", 1);
        if (line.get("ms") instanceof Number) metrics.add(Map.of("Name", "ms", "Unit", "Milliseconds"));
        line.put("_aws", Map.of("Timestamp", System.currentTimeMillis(), "CloudWatchMetrics", List.of(Map.of(
                "Namespace", NAMESPACE,
                // failures are also counted by reason
                "Dimensions", line.containsKey("reason") ? List.of(List.of("stage", "outcome"), List.of("stage", "reason")) : List.of(List.of("stage", "outcome")),
                "Metrics", metrics))));
        System.out.println(Json.write(line));
    }
}
