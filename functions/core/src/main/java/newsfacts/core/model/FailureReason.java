package newsfacts.core.model;

/**
 * Every way an upload can fail. Permanent reasons are recorded and never retried; only
 * {@link #TRANSIENT} failures are worth another attempt.
 */
public enum FailureReason {
    EMPTY, BINARY, UNSUPPORTED_TYPE, TOO_LARGE, UNDECODABLE, DECOMPRESSION_BOMB,
    NO_ARTICLE_TEXT, TOO_COMPLEX, INVALID_DOCUMENT, TIME_BUDGET, TRANSIENT;

    public boolean permanent() { return this != TRANSIENT; }
}
