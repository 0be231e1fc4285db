package ai.mihu.spring.boot;

/**
 * A {@code mihu.*} property is missing or holds a value the SDK rejects, so the
 * {@link ai.mihu.sdk.MihuClient} bean cannot be created and the application does not start.
 *
 * <p>The message names the property and says what is wrong; it never repeats the value, which
 * for {@code mihu.api-token} is a secret. (Spring Boot's own invalid-property report prints the
 * values found in every property source, hence this exception and {@link InvalidMihuPropertyFailureAnalyzer}.)
 */
public class InvalidMihuPropertyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String property;

    /**
     * Creates the exception.
     *
     * @param property the full property name, such as {@code mihu.api-token}
     * @param reason what is wrong and how to fix it
     * @param cause the SDK's rejection, or {@code null}
     */
    public InvalidMihuPropertyException(String property, String reason, Throwable cause) {
        super(property + ": " + reason, cause);
        this.property = property;
    }

    /**
     * The property to fix.
     *
     * @return the full property name, such as {@code mihu.api-token}
     */
    public String property() {
        return property;
    }
}
