package ai.mihu.sdk;

import ai.mihu.sdk.errors.FailedResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A successful response with its HTTP details: the status code, headers, the envelope's
 * {@code message} and the unwrapped {@code data}, and how the call went: {@link #attempts()} and
 * {@link #elapsed()}.
 *
 * <p>Immutable. {@link #toString()} leaves out the headers.
 *
 * @param <T> the type of {@code data}, such as {@code Agent}
 */
public final class MihuResponse<T> {

    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final @Nullable String message;
    private final T data;
    private final int attempts;
    private final Duration elapsed;

    /**
     * Creates a response.
     *
     * @param statusCode the HTTP status code, such as 201
     * @param headers the response headers; copied into a case-insensitive, unmodifiable map
     * @param message the envelope's {@code message}, or {@code null} if it had none
     * @param data the envelope's {@code data}; never {@code null} for a response the client accepted
     */
    public MihuResponse(
            int statusCode, Map<String, ? extends Collection<String>> headers, @Nullable String message, T data) {
        this(statusCode, headers, message, data, 1, Duration.ZERO);
    }

    /**
     * Creates a response with the diagnostics of the call that received it.
     *
     * @param statusCode the HTTP status code, such as 201
     * @param headers the response headers; copied into a case-insensitive, unmodifiable map
     * @param message the envelope's {@code message}, or {@code null} if it had none
     * @param data the envelope's {@code data}; never {@code null} for a response the client accepted
     * @param attempts how many HTTP requests the call sent, retries included; at least 1
     * @param elapsed how long the call took in total, retry waits included
     */
    public MihuResponse(
            int statusCode,
            Map<String, ? extends Collection<String>> headers,
            @Nullable String message,
            T data,
            int attempts,
            Duration elapsed) {
        this.statusCode = statusCode;
        this.headers = FailedResponse.caseInsensitiveCopy(headers);
        this.message = message;
        this.data = Objects.requireNonNull(data, "data");
        this.attempts = attempts;
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * The HTTP status code.
     *
     * @return the status, 200 or 201 for a create
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The response headers.
     *
     * @return an unmodifiable map whose keys are case-insensitive
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * The first value of a response header.
     *
     * @param name the header name, in any case
     * @return the first value, or empty if the header is absent
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The envelope's human-readable {@code message}, such as {@code Agent created successfully}.
     *
     * @return the message, or {@code null} if the server sent none
     */
    public @Nullable String message() {
        return message;
    }

    /**
     * The envelope's {@code data}: the created or requested resource.
     *
     * @return the data, never {@code null}
     */
    public T data() {
        return data;
    }

    /**
     * How many HTTP requests the call sent to get this response: 1, or more when it was retried.
     *
     * @return the number of attempts
     */
    public int attempts() {
        return attempts;
    }

    /**
     * How long the call took in total, every attempt and retry wait included.
     *
     * @return the duration
     */
    public Duration elapsed() {
        return elapsed;
    }

    @Override
    public String toString() {
        return "MihuResponse[statusCode=" + statusCode + ", message=" + message + ", attempts=" + attempts
                + ", elapsed=" + elapsed + ", data=" + data + "]";
    }
}
