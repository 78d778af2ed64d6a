package newsfacts.aws;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One piece of a handler's initialisation on its own thread. A fresh JVM spends most of a cold start
 * loading and interpreting classes (the SDK's, Jackson's, the models'), one thread at a time unless
 * asked: building the S3 client, the DynamoDB client and the models side by side uses the second vCPU.
 */
public final class Background<T> {
    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    public static <T> Background<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true); // never keeps a JVM alive
        thread.start();
        return new Background<>(task);
    }

    /** Waits for the work; its failure is rethrown here, on the caller's thread. */
    public T join() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while initialising", e);
        }
    }
}
