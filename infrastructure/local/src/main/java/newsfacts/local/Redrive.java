package newsfacts.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code newsfacts redrive}: the local twin of re-driving the on-failure queue. Each saved event goes
 * back through the functions subscribed to it; one that succeeds is removed, one that fails again stays.
 */
final class Redrive {
    private Redrive() {}

    /** Returns the exit status: 1 when an event failed again. */
    static int run(String[] args) throws Exception {
        Path data = Path.of(".local-data");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data")) data = Path.of(args[++i]);
            else throw new IllegalArgumentException("unknown option " + args[i]);
        }
        try (LocalStack stack = LocalStack.start(Path.of("template.yaml"), data, 0, 0)) {
            int[] counts = redrive(stack);
            System.out.printf("re-driven: %d succeeded, %d failed again (kept in %s)%n", counts[0], counts[1], stack.failedEventsFolder());
            return counts[1] == 0 ? 0 : 1;
        }
    }

    /** Returns {succeeded, failed again}. */
    static int[] redrive(LocalStack stack) throws Exception {
        Path folder = stack.failedEventsFolder();
        if (!Files.isDirectory(folder)) return new int[]{0, 0};
        List<Path> events;
        try (Stream<Path> files = Files.list(folder)) {
            events = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        int ok = 0, failed = 0;
        for (Path event : events) {
            String json = Files.readString(event, StandardCharsets.UTF_8);
            String function = event.getFileName().toString().replaceFirst("-\\d+\\.json$", "");
            Files.delete(event); // a failure saves the event again, under a new name
            if (stack.invokeFunction(function, json)) ok++;
            else failed++;
        }
        return new int[]{ok, failed};
    }
}
