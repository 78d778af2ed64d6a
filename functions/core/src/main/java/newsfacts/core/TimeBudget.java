package newsfacts.core;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Runs a piece of work with a deadline, so one pathological article cannot hold a function until its
 * timeout. The work runs on a daemon thread and is interrupted when over budget.
 */
public final class TimeBudget {
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "budgeted-work");
        t.setDaemon(true);
        return t;
    });

    private TimeBudget() {}

    /** Thrown when the work did not finish within its budget. */
    public static final class Exceeded extends Exception {
        Exceeded(Duration budget) { super("did not finish within " + budget.toMillis() + " ms"); }
    }

    public static <T> T run(Callable<T> work, Duration budget) throws Exceeded, Exception {
        Future<T> future = WORKERS.submit(work);
        try {
            return future.get(budget.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Exceeded(budget);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
