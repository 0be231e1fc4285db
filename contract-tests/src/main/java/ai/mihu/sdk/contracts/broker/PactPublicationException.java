package ai.mihu.sdk.contracts.broker;

/**
 * Thrown when pacts could not be published to the broker. The message names each pact file and
 * the broker's answer; it never contains the broker token.
 */
public class PactPublicationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, for the build log
     */
    public PactPublicationException(String message) {
        super(message);
    }
}
