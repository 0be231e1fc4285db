package ai.mihu.docs.markdown;

/** Thrown when a Markdown page cannot be rendered, naming the page and what is wrong in it. */
public class MarkdownException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what is wrong, starting with the page's name
     */
    public MarkdownException(String message) {
        super(message);
    }

    /**
     * Creates an exception caused by a failing directive.
     *
     * @param message what is wrong, starting with the page's name
     * @param cause the directive's failure
     */
    public MarkdownException(String message, Throwable cause) {
        super(message, cause);
    }
}
