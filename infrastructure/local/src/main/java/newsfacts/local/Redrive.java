package newsfacts.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code newsfacts redrive}: the local twin of re-driving the on-failure queue. Each saved event goes
 * back through the function it failed in; its file is removed once delivered (one that fails again is
 * saved again under a new name). A file that cannot be delivered (unknown function, no S3 event) stays.
 * Then, as S3 would, the events of what the functions wrote meanwhile (cleaned/ objects → extraction).
 */
final class Redrive {
    private Redrive() {}

    /** One run's counts. */
    record Summary(int succeeded, int failedAgain, int kept, int followOnFailed) {
        boolean allDelivered() { return failedAgain + kept + followOnFailed == 0; }
    }

    /** Returns the exit status: 1 when an event failed again or could not be sent. */
    static int run(String[] args) throws Exception {
        Path data = Path.of(".local-data");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data")) data = Path.of(args[++i]);
            else throw new IllegalArgumentException("unknown option " + args[i]);
        }
        try (LocalStack stack = LocalStack.start(Path.of("template.yaml"), data, 0, 0)) {
            Summary s = redrive(stack);
            System.out.printf("re-driven: %d succeeded, %d failed again, %d could not be sent (kept in %s); follow-on events failed: %d%n",
                    s.succeeded(), s.failedAgain(), s.kept(), stack.failedEventsFolder(), s.followOnFailed());
            return s.allDelivered() ? 0 : 1;
        }
    }

    static Summary redrive(LocalStack stack) throws IOException {
        Instant started = Instant.now();
        Path folder = stack.failedEventsFolder();
        if (!Files.isDirectory(folder)) return new Summary(0, 0, 0, 0);
        List<Path> events;
        try (Stream<Path> files = Files.list(folder)) {
            events = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        int ok = 0, failed = 0, kept = 0;
        for (Path event : events) {
            String function = event.getFileName().toString().replaceFirst("-\\d+\\.json$", "");
            try {
                boolean delivered = stack.invokeFunction(function, Files.readString(event, StandardCharsets.UTF_8));
                Files.delete(event); // delivered, or saved again under a new name
                if (delivered) ok++;
                else failed++;
            } catch (IllegalArgumentException | IOException e) {
                kept++;
                System.err.println("kept " + event + ": " + e.getMessage());
            }
        }
        int followOnFailed = ok == 0 ? 0
                : new Backfill(stack.s3(), LocalStack.BUCKET, stack.template()).followOn(started, new HashSet<>());
        return new Summary(ok, failed, kept, followOnFailed);
    }
}
