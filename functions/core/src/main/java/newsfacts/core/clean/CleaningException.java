package newsfacts.core.clean;

import newsfacts.core.model.FailureReason;

/** A file that cannot be cleaned, with the reason the pipeline records. */
public class CleaningException extends Exception {
    private final FailureReason reason;

    public CleaningException(FailureReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FailureReason reason() { return reason; }
}
