package newsfacts.core.model;

/** Why an article could not be processed: a machine-readable reason and a message for people. */
public record Failure(FailureReason reason, String stage, String message) {
}
