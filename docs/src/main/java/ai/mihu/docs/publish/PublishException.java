package ai.mihu.docs.publish;

/**
 * Thrown when publishing fails: bad settings, an unreachable portal or a refused upload. Its
 * message never contains the portal token.
 */
public class PublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what failed, without any secret
     */
    public PublishException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what failed, without any secret
     * @param cause the underlying failure
     */
    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
