package newsfacts.aws;

import newsfacts.core.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON line per event on stdout, which Lambda sends to CloudWatch Logs. Lines carry ids, sizes,
 * stages, durations and reasons; never article text or credentials.
 */
public final class Log {
    private Log() {}

    public static void event(String stage, String outcome, Object... keyValues) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", "INFO");
        line.put("stage", stage);
        line.put("outcome", outcome);
        for (int i = 0; i + 1 < keyValues.length; i += 2) line.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        System.out.println(Json.write(line));
    }
}
