package newsfacts.aws;

import java.util.function.Supplier;

/**
 * A value built on first use, once, then shared: for a client that most events never need, so a
 * cold start does not pay for it.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> build;
    private volatile T value;

    private Lazy(Supplier<T> build) {
        this.build = build;
    }

    public static <T> Lazy<T> of(Supplier<T> build) {
        return new Lazy<>(build);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) value = v = build.get();
            }
        }
        return v;
    }
}
