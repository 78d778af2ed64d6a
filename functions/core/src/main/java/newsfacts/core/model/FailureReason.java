package newsfacts.core.model;

/**
 * Every way an upload can fail. Permanent reasons are recorded and never retried; only
 * {@link #TRANSIENT} failures are worth another attempt. INTERNAL_ERROR is a bug of ours met on this
 * input: retrying would meet it again, so it is recorded like bad input and fixed in the code.
 */
public enum FailureReason {
    EMPTY, BINARY, UNSUPPORTED_TYPE, TOO_LARGE, UNDECODABLE, DECOMPRESSION_BOMB,
    NO_ARTICLE_TEXT, TOO_COMPLEX, INVALID_DOCUMENT, TIME_BUDGET, INTERNAL_ERROR, TRANSIENT;

    public boolean permanent() { return this != TRANSIENT; }
}
