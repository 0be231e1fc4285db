package ai.mihu.sdk;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * The entry point of the Mihu SDK: a client for one tenant of the Mihu API.
 *
 * <pre>{@code
 * try (MihuClient client = MihuClient.builder()
 *         .subdomain("acme")                          // https://acme.mihu.ai
 *         .apiToken(System.getenv("MIHU_API_TOKEN"))
 *         .build()) {
 *     Agent agent = client.agents().create(request);
 * }
 * }</pre>
 *
 * <p><b>Lifecycle.</b> Build one client per tenant and share it: it is thread-safe, and it keeps a
 * pool of connections that every call reuses. {@link #close()} releases the pool and the HTTP
 * dispatcher; afterwards calls throw {@link IllegalStateException}.
 *
 * <p><b>Errors.</b> Every failure is an unchecked {@link ai.mihu.sdk.errors.MihuException}:
 * {@link ai.mihu.sdk.errors.InvalidRequestException} when a request fails validation (it is not
 * sent); a {@link ai.mihu.sdk.errors.MihuApiException} subclass per HTTP status for a non-2xx
 * answer, with the envelope's error code, field and details; {@link ai.mihu.sdk.errors.MihuConnectionException}
 * (or its subclass {@link ai.mihu.sdk.errors.MihuTimeoutException}) for network failures; and
 * {@link ai.mihu.sdk.errors.MalformedResponseException} for a 2xx answer that cannot be used.
 * Configuration mistakes are reported by the {@link Builder} as {@link IllegalArgumentException}.
 *
 * <p><b>Retries.</b> Creating an agent is <em>not idempotent</em>: if a request reaches the server,
 * repeating it creates a second agent. So the client retries, up to {@link Builder#maxRetries(int)}
 * times (default 2) with exponential backoff and jitter, only where the server cannot have acted on
 * the request:
 * <ul>
 *   <li>429 Too Many Requests, waiting as {@code Retry-After} says (seconds or an HTTP date, capped
 *       at 60 s; 0 means at once) or backing off when it is absent;</li>
 *   <li>503 Service Unavailable (honouring {@code Retry-After} likewise);</li>
 *   <li>connection failures before the request was sent: the host does not resolve, the
 *       connection is refused, or the connect timeout expires (and, over HTTP/2, a stream the
 *       server refused unprocessed or a connection it had already shut down).</li>
 * </ul>
 * A read timeout, a connection reset after the request was sent, and a 500, 502 or 504 are
 * <em>not</em> retried, because the agent may already exist; the caller gets the exception and can
 * check before trying again ({@link ai.mihu.sdk.errors.MihuConnectionException#requestMayHaveBeenProcessed()}
 * says which case it is). {@link Builder#retryAmbiguousFailures(boolean)} opts in to retrying those
 * as well, accepting possible duplicates. Redirects are not followed. When retries run out, the
 * caller gets the last typed exception, such as {@link ai.mihu.sdk.errors.RateLimitException}.
 *
 * <p><b>Secrets.</b> The API token never appears in {@link #toString()}, in exception messages or in
 * logs at any {@link LogLevel}.
 */
public final class MihuClient implements AutoCloseable {

    /** The environment variable holding the API token. */
    public static final String ENV_API_TOKEN = "MIHU_API_TOKEN";
    /** The environment variable holding the tenant's subdomain, such as {@code acme}. */
    public static final String ENV_SUBDOMAIN = "MIHU_SUBDOMAIN";
    /** The environment variable holding a base URL that overrides the subdomain. */
    public static final String ENV_BASE_URL = "MIHU_BASE_URL";

    private final ClientSettings settings;
    private final okhttp3.OkHttpClient httpClient;
    private final AgentService agents;
    private final AtomicBoolean closed = new AtomicBoolean();

    private MihuClient(ClientSettings settings) {
        this.settings = settings;
        this.httpClient = OkHttpClients.create(settings);
        this.agents = new FeignAgentService(AgentsApiFactory.create(settings, httpClient), closed::get);
    }

    /**
     * Starts configuring a client.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a client from the process environment: {@value #ENV_API_TOKEN} (required), and
     * {@value #ENV_SUBDOMAIN} or {@value #ENV_BASE_URL} (the latter wins when both are set).
     * Everything else takes its default.
     *
     * @return a new client
     * @throws IllegalArgumentException if a variable is missing or invalid; the message names it
     */
    public static MihuClient fromEnv() {
        return fromEnv(System.getenv());
    }

    /**
     * Builds a client from the given variables, read as {@link #fromEnv()} reads the environment.
     *
     * @param env variable names to values, such as {@code System.getenv()}
     * @return a new client
     * @throws IllegalArgumentException if a variable is missing or invalid; the message names it
     */
    public static MihuClient fromEnv(Map<String, String> env) {
        return builder().environment(env).build();
    }

    /**
     * The agents endpoints.
     *
     * @return the agent service, shared by all callers of this client
     */
    public AgentService agents() {
        return agents;
    }

    /**
     * Where this client sends requests.
     *
     * @return the base URL, such as {@code https://acme.mihu.ai}
     */
    public String baseUrl() {
        return settings.baseUrl();
    }

    /**
     * Releases the connection pool and the HTTP dispatcher, cancelling calls still in flight.
     * Idempotent. Afterwards the client's services throw {@link IllegalStateException}.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            OkHttpClients.release(httpClient);
        }
    }

    /** The OkHttp client, for tests of {@link #close()}. */
    okhttp3.OkHttpClient httpClient() {
        return httpClient;
    }

    /**
     * Describes the client's configuration, without the token.
     *
     * @return a description such as {@code MihuClient[baseUrl=https://acme.mihu.ai, ...]}
     */
    @Override
    public String toString() {
        return "MihuClient[" + settings + (closed.get() ? ", closed" : "") + "]";
    }

    /**
     * Configures and builds a {@link MihuClient}. Not thread-safe; the client it builds is.
     *
     * <p>Every setter checks its argument at once and throws {@link IllegalArgumentException} with a
     * message saying what is wrong; {@link #build()} throws the same for a missing token or host.
     */
    public static final class Builder {

        private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
        private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
        private static final int DEFAULT_MAX_RETRIES = 2;
        private static final int DEFAULT_MAX_IDLE_CONNECTIONS = 32;
        private static final Pattern WHITESPACE_OR_CONTROL = Pattern.compile("[\\s\\p{Cntrl}]");

        private String subdomainUrl;
        private String baseUrl;
        private String apiToken;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private boolean retryAmbiguousFailures;
        private int maxIdleConnections = DEFAULT_MAX_IDLE_CONNECTIONS;
        private LogLevel logLevel = LogLevel.NONE;
        private Duration initialBackoff = RetryPolicy.DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = RetryPolicy.DEFAULT_MAX_BACKOFF;
        private Duration maxRetryAfter = RetryPolicy.DEFAULT_MAX_RETRY_AFTER;

        private Builder() {
        }

        /**
         * The tenant's subdomain: {@code "acme"} sends requests to {@code https://acme.mihu.ai}.
         * Case is ignored.
         *
         * @param subdomain a single DNS label: letters, digits and inner hyphens
         * @return this builder
         * @throws IllegalArgumentException if it is empty or not exactly one DNS label (such as
         *     {@code acme.evil.com/x} or {@code ../})
         */
        public Builder subdomain(String subdomain) {
            this.subdomainUrl = Endpoints.forSubdomain(subdomain);
            return this;
        }

        /**
         * A base URL that overrides the subdomain, for a proxy or a local fake.
         *
         * @param baseUrl an absolute URL such as {@code https://proxy.example.com/mihu}; plain
         *     {@code http} only for loopback hosts ({@code localhost}, {@code 127.0.0.0/8},
         *     {@code [::1]})
         * @return this builder
         * @throws IllegalArgumentException if it is not an absolute http(s) URL, has credentials, a
         *     query or a fragment, or uses plain http for another host
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Endpoints.checkBaseUrl(baseUrl);
            return this;
        }

        /**
         * The API token of the tenant, sent as {@code Authorization: Bearer <token>}.
         *
         * @param apiToken the token; never logged or shown
         * @return this builder
         * @throws IllegalArgumentException if it is missing, blank, or contains whitespace or
         *     control characters (the message does not repeat it)
         */
        public Builder apiToken(String apiToken) {
            if (apiToken == null || apiToken.isBlank()) {
                throw new IllegalArgumentException("The API token is missing or blank: pass it to apiToken(...) "
                        + "or set the " + ENV_API_TOKEN + " environment variable");
            }
            if (WHITESPACE_OR_CONTROL.matcher(apiToken).find()) {
                throw new IllegalArgumentException("The API token contains whitespace or control characters; "
                        + "check " + ENV_API_TOKEN + " for a stray newline, space or quote");
            }
            this.apiToken = apiToken;
            return this;
        }

        /**
         * Reads {@value MihuClient#ENV_API_TOKEN}, {@value MihuClient#ENV_SUBDOMAIN} and
         * {@value MihuClient#ENV_BASE_URL} from the given variables; absent or blank ones leave
         * the setting as it is. Values are trimmed, as files of variables often end in a newline.
         *
         * @param env variable names to values, such as {@code System.getenv()}
         * @return this builder
         * @throws IllegalArgumentException if a variable that is set holds an invalid value
         */
        public Builder environment(Map<String, String> env) {
            Objects.requireNonNull(env, "env");
            String token = trimmed(env.get(ENV_API_TOKEN));
            if (token != null) {
                apiToken(token);
            }
            String subdomain = trimmed(env.get(ENV_SUBDOMAIN));
            if (subdomain != null) {
                try {
                    subdomain(subdomain);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(ENV_SUBDOMAIN + ": " + e.getMessage(), e);
                }
            }
            String url = trimmed(env.get(ENV_BASE_URL));
            if (url != null) {
                try {
                    baseUrl(url);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(ENV_BASE_URL + ": " + e.getMessage(), e);
                }
            }
            return this;
        }

        /**
         * How long to wait to establish a connection. Default 10 seconds.
         *
         * @param timeout a positive duration of at least a millisecond
         * @return this builder
         * @throws IllegalArgumentException if it is null, zero, negative or too long
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = checkTimeout("connectTimeout", timeout);
            return this;
        }

        /**
         * How long to wait for data from the server once the request is sent (and for the request
         * to be written). Default 60 seconds.
         *
         * @param timeout a positive duration of at least a millisecond
         * @return this builder
         * @throws IllegalArgumentException if it is null, zero, negative or too long
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = checkTimeout("readTimeout", timeout);
            return this;
        }

        /**
         * How many times a failed request may be repeated, for the failures the retry policy
         * allows (see {@link MihuClient}). Default 2; 0 disables retries.
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
         * Whether to also retry failures after which the server may have acted on the request: a
         * read timeout, a connection reset after sending, and 500, 502 and 504 responses. Default
         * {@code false}, because a repeated create can create a second agent; turn it on only if
         * duplicates are acceptable or detected.
         *
         * @param retry {@code true} to retry ambiguous failures
         * @return this builder
         */
        public Builder retryAmbiguousFailures(boolean retry) {
            this.retryAmbiguousFailures = retry;
            return this;
        }

        /**
         * How many idle connections the client keeps open for reuse. Default 32. Make it at least
         * the number of threads that call the client at the same time: a call takes a connection
         * of its own, and connections beyond this number are closed when they fall idle, so the
         * next calls would open new ones instead of reusing them.
         *
         * @param maxIdleConnections 1 or more
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         */
        public Builder maxIdleConnections(int maxIdleConnections) {
            if (maxIdleConnections < 1) {
                throw new IllegalArgumentException("maxIdleConnections must be at least 1, was " + maxIdleConnections);
            }
            this.maxIdleConnections = maxIdleConnections;
            return this;
        }

        /**
         * How much of each HTTP exchange to log, through SLF4J at DEBUG on {@code ai.mihu.sdk.http},
         * with secrets redacted. Default {@link LogLevel#NONE}.
         *
         * @param logLevel the level
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder logLevel(LogLevel logLevel) {
            if (logLevel == null) {
                throw new IllegalArgumentException("logLevel must not be null; use LogLevel.NONE to log nothing");
            }
            this.logLevel = logLevel;
            return this;
        }

        /** Test knob: the backoff when the server gives no {@code Retry-After}. */
        Builder retryBackoff(Duration initial, Duration max) {
            this.initialBackoff = checkTimeout("initial backoff", initial);
            this.maxBackoff = checkTimeout("max backoff", max);
            return this;
        }

        /** Test knob: the longest {@code Retry-After} the client will wait. */
        Builder maxRetryAfter(Duration max) {
            this.maxRetryAfter = checkTimeout("max Retry-After", max);
            return this;
        }

        /**
         * Builds the client. Building is cheap, but build one client per tenant and share it.
         *
         * @return a new client
         * @throws IllegalArgumentException if no token, or neither a subdomain nor a base URL, was
         *     given; the message names the setting and the environment variable
         * @throws IllegalStateException if the class path holds a Jackson older than the SDK
         *     supports (see the README); the message names the modules to upgrade
         */
        public MihuClient build() {
            JacksonVersionCheck.requireSupported();
            if (apiToken == null) {
                throw new IllegalArgumentException("No API token: pass it to apiToken(...) or set the "
                        + ENV_API_TOKEN + " environment variable");
            }
            String target = baseUrl != null ? baseUrl : subdomainUrl;
            if (target == null) {
                throw new IllegalArgumentException("No host: pass subdomain(\"acme\") for https://acme.mihu.ai or "
                        + "baseUrl(...), or set " + ENV_SUBDOMAIN + " or " + ENV_BASE_URL);
            }
            RetryPolicy retryPolicy = new RetryPolicy(maxRetries, retryAmbiguousFailures, initialBackoff, maxBackoff,
                    maxRetryAfter);
            return new MihuClient(new ClientSettings(target, apiToken, connectTimeout, readTimeout, retryPolicy,
                    logLevel, maxIdleConnections));
        }

        private static Duration checkTimeout(String name, Duration value) {
            if (value == null || value.isNegative() || value.toMillis() < 1) {
                throw new IllegalArgumentException(name + " must be at least 1 ms, was " + value);
            }
            if (value.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(name + " must be at most " + Integer.MAX_VALUE + " ms, was " + value);
            }
            return value;
        }

        private static String trimmed(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }
}
