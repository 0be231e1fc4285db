package ai.mihu.docs.site;

/** Thrown when the site cannot be built; the message says what is missing or wrong, and where. */
public class SiteBuildException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what is wrong and where
     */
    public SiteBuildException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what is wrong and where
     * @param cause the underlying failure
     */
    public SiteBuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
