package ai.mihu.sdk.errors;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with a status outside 2xx.
 *
 * <p>Subclasses name the statuses a caller is likely to handle on their own
 * ({@link BadRequestException} 400, {@link AuthenticationException} 401,
 * {@link PermissionDeniedException} 403, {@link NotFoundException} 404, {@link ConflictException}
 * 409, {@link UnprocessableEntityException} 422, {@link RateLimitException} 429,
 * {@link InternalServerException} for any 5xx, and its subclass {@link ServiceUnavailableException}
 * for 503). Any other status, such as a 418 or a 3xx redirect
 * the client does not follow, is thrown as this class itself.
 *
 * <p>The error envelope is read leniently: when a proxy answers with HTML, an empty body or
 * truncated JSON, the exception still has the right type and status, the parts that could not be
 * read are {@code null}, and the message says what the body looked like.
 */
public class MihuApiException extends MihuException {

    private static final long serialVersionUID = 1L;

    /** What the server answered. */
    private final FailedResponse response;

    /**
     * Creates an exception for a failed response.
     *
     * @param message what went wrong, safe to log
     * @param response what the server answered
     */
    public MihuApiException(String message, FailedResponse response) {
        super(message);
        this.response = Objects.requireNonNull(response, "response");
    }

    /**
     * The HTTP status code.
     *
     * @return the status, such as 422
     */
    public int statusCode() {
        return response.statusCode();
    }

    /**
     * The machine-readable error code from the envelope's {@code error.code}.
     *
     * <p>Codes are open strings whose casing varies between endpoints ({@code INVALID_AUTH_TOKEN},
     * {@code webhook_limit_reached}); compare them ignoring case.
     *
     * @return the code, or {@code null} when the body carried none
     */
    public @Nullable String errorCode() {
        return response.errorCode();
    }

    /**
     * The request field that failed validation, from the envelope's {@code error.field}.
     *
     * @return the field name, or {@code null}; present only on validation errors
     */
    public @Nullable String errorField() {
        return response.errorField();
    }

    /**
     * Additional context from the envelope's {@code error.details}.
     *
     * @return the details, or {@code null} when the body carried none
     */
    public @Nullable String details() {
        return response.details();
    }

    /**
     * The human-readable message from the envelope's {@code message}, as the server wrote it
     * (with secrets redacted). {@link #getMessage()} adds the status and error code to it.
     *
     * @return the server's message, or {@code null} when the body carried none
     */
    public @Nullable String serverMessage() {
        return response.message();
    }

    /**
     * The response headers.
     *
     * @return an unmodifiable map whose keys are case-insensitive
     */
    public Map<String, List<String>> headers() {
        return response.headers();
    }

    /**
     * The start of the response body as text, cut to a few KB, with secrets redacted.
     *
     * @return the body, or an empty string when there was none
     */
    public String rawBody() {
        return response.rawBody();
    }

    /**
     * Everything the server answered, in one value.
     *
     * @return the failed response
     */
    public FailedResponse response() {
        return response;
    }
}
