package ai.mihu.sdk;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Options for the calls made through a client view: a total timeout (the deadline of each call,
 * retries and waits included), a maximum number of retries, and extra request headers. Options
 * left unset keep the value of the client the view is made from.
 *
 * <pre>{@code
 * Agent agent = client.withOptions(o -> o.timeout(Duration.ofSeconds(10))
 *                 .maxRetries(0)
 *                 .header("X-Request-Id", requestId))
 *         .agents().create(request);
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows header names, never their values.
 */
public final class RequestOptions {

    /** Headers the SDK or HTTP itself sets; an extra header may not replace them. */
    private static final Set<String> RESERVED_HEADERS = Set.of(
            "authorization",
            "proxy-authorization",
            "host",
            "content-length",
            "transfer-encoding",
            "connection",
            "content-type",
            "user-agent");
    // RFC 9110 token characters for a field name; values: visible characters, spaces and tabs.
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\t\\x20-\\x7e\\x80-\\xff]*");

    private static final RequestOptions NONE = new RequestOptions(null, null, Map.of());

    private final @Nullable Duration timeout;
    private final @Nullable Integer maxRetries;
    private final Map<String, String> headers;

    private RequestOptions(@Nullable Duration timeout, @Nullable Integer maxRetries, Map<String, String> headers) {
        this.timeout = timeout;
        this.maxRetries = maxRetries;
        this.headers = headers;
    }

    /**
     * Options that change nothing.
     *
     * @return the empty options
     */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * Starts building options.
     *
     * @return a new builder with nothing set
     */
    public static Builder builder() {
        return new Builder(NONE);
    }

    /**
     * A builder starting from these options, to add to them.
     *
     * @return a new builder holding these options
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The total time a call may take, every attempt, retry wait and the reading of the response
     * included.
     *
     * @return the timeout, or empty to keep the client's
     */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /**
     * How many times a failed call may be repeated, for the failures the retry policy allows.
     *
     * @return the maximum, or empty to keep the client's
     */
    public OptionalInt maxRetries() {
        return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
    }

    /**
     * Extra headers sent with each request.
     *
     * @return an unmodifiable map of header names to values, in the order they were given
     */
    public Map<String, String> headers() {
        return headers;
    }

    /** These options with {@code other}'s set values on top; headers are merged, {@code other}'s winning. */
    RequestOptions overriddenBy(RequestOptions other) {
        if (this == NONE) {
            return other;
        }
        if (other == NONE) {
            return this;
        }
        Map<String, String> merged = headers;
        if (!other.headers.isEmpty()) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            other.headers.forEach((name, value) -> {
                copy.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
                copy.put(name, value);
            });
            merged = Collections.unmodifiableMap(copy);
        }
        return new RequestOptions(
                other.timeout != null ? other.timeout : timeout,
                other.maxRetries != null ? other.maxRetries : maxRetries,
                merged);
    }

    @Override
    public String toString() {
        return "RequestOptions[timeout=" + timeout + ", maxRetries=" + maxRetries + ", headers=" + headers.keySet()
                + "]";
    }

    /** Builds {@link RequestOptions}. Each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {

        private @Nullable Duration timeout;
        private @Nullable Integer maxRetries;
        private Map<String, String> headers;

        private Builder(RequestOptions start) {
            this.timeout = start.timeout;
            this.maxRetries = start.maxRetries;
            this.headers = start.headers;
        }

        /**
         * The total time each call may take: every attempt, the waits between retries (including
         * those a {@code Retry-After} asks for) and the reading of the response. When it runs out
         * the call ends with {@link ai.mihu.sdk.errors.MihuTimeoutException}, or, if a retry wait
         * would pass it, at once with the failure that would have been retried.
         *
         * @param timeout at least a millisecond
         * @return this builder
         * @throws IllegalArgumentException if it is null, shorter than a millisecond, or longer
         *     than {@code Integer.MAX_VALUE} milliseconds
         */
        public Builder timeout(Duration timeout) {
            this.timeout = MihuClient.Builder.checkDuration("timeout", timeout);
            return this;
        }

        /**
         * How many times a failed call may be repeated, for the failures the retry policy allows;
         * 0 disables retries.
         *
         * @param maxRetries zero or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be zero or more, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Adds a header to each request, replacing an extra header of the same name (in any case).
         *
         * @param name a header name such as {@code X-Request-Id}; not one the SDK or HTTP sets
         *     ({@code Authorization}, {@code Proxy-Authorization}, {@code Host},
         *     {@code Content-Length}, {@code Transfer-Encoding}, {@code Connection},
         *     {@code Content-Type}, {@code User-Agent})
         * @param value the value, without line breaks or other control characters
         * @return this builder
         * @throws IllegalArgumentException if the name is reserved or not a valid header name, or
         *     the value is null or not valid in a header (the message does not repeat the value)
         */
        public Builder header(String name, String value) {
            if (name == null || !HEADER_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("\"" + name + "\" is not a valid HTTP header name");
            }
            if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("The " + name + " header is set by the SDK and cannot be "
                        + "given as an extra header"
                        + ("authorization".equalsIgnoreCase(name)
                                ? "; use forTenant(...) or the builder's apiToken(...) for another token"
                                : ""));
            }
            if (value == null || !HEADER_VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException(
                        "The value of header " + name + " is null or holds line breaks or control characters");
            }
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
            copy.put(name, value);
            this.headers = Collections.unmodifiableMap(copy);
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public RequestOptions build() {
            if (timeout == null && maxRetries == null && headers.isEmpty()) {
                return NONE;
            }
            return new RequestOptions(timeout, maxRetries, headers);
        }
    }
}
