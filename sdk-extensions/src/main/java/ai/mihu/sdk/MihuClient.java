package ai.mihu.sdk;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

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
 * <p><b>Lifecycle.</b> Build one client and share it: it is thread-safe, and it keeps a pool of
 * connections that every call reuses. {@link #close()} releases the pool, the HTTP dispatcher and
 * its threads; afterwards calls throw {@link IllegalStateException}.
 *
 * <p><b>Views.</b> {@link #forTenant(String, String)} and {@link #withOptions(Consumer)} return
 * <em>views</em>: clients with their own tenant (base URL and token) or call options (timeout,
 * retries, extra headers) that share the connection pool, dispatcher and threads of the client
 * they are made from. Making a view is cheap (a few small objects), so one per tenant or even one
 * per call is fine. Closing a view does nothing; closing the root client closes every view.
 *
 * <p><b>Deadline and memory.</b> Every call has a total deadline, {@link Builder#timeout(Duration)}
 * (default 3 minutes), covering every attempt, the waits between retries and the reading of the
 * response; when it passes the call ends with {@link ai.mihu.sdk.errors.MihuTimeoutException},
 * however slowly the server answers. A response body larger than
 * {@link Builder#maxResponseBytes(long)} (default 8 MiB) ends the call with
 * {@link ai.mihu.sdk.errors.ResponseTooLargeException} without being read further.
 *
 * <p><b>Async.</b> {@link #async()} offers the same operations returning
 * {@link java.util.concurrent.CompletableFuture}s, with the same validation, retries, deadline and
 * typed exceptions; no thread is held while a call waits.
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
 * the request (an operation that may safely be repeated, such as a replacement, also retries the
 * ambiguous failures below):
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
 * as well, accepting possible duplicates. The retry policy is the only thing that repeats a
 * request: the HTTP client underneath never sends one again on its own (not for a 503 with
 * {@code Retry-After: 0}, a 408, a 421 or an authentication challenge), so {@code maxRetries(0)}
 * sends exactly one request. Redirects are not followed: a 3xx is thrown as a
 * {@link ai.mihu.sdk.errors.MihuApiException}. When retries run out, the caller gets the last typed
 * exception, such as {@link ai.mihu.sdk.errors.RateLimitException} or
 * {@link ai.mihu.sdk.errors.ServiceUnavailableException}. A retry wait that would pass the call's
 * deadline is not started: the call ends at once with the failure. Every exception and
 * {@link MihuResponse} says how many attempts the call made and how long it took
 * ({@code attempts()}, {@code elapsed()}).
 *
 * <p><b>Metrics.</b> {@link Builder#meterRegistry} records a Micrometer timer per call and a
 * counter of retries; without it nothing is recorded and Micrometer need not be on the class path.
 *
 * <p><b>Secrets.</b> The API tokens (of the root and of every tenant view) and the proxy password
 * never appear in {@link #toString()}, in exception messages or in logs at any {@link LogLevel}.
 */
public final class MihuClient implements AutoCloseable {

    /** The environment variable holding the API token. */
    public static final String ENV_API_TOKEN = "MIHU_API_TOKEN";
    /** The environment variable holding the tenant's subdomain, such as {@code acme}. */
    public static final String ENV_SUBDOMAIN = "MIHU_SUBDOMAIN";
    /** The environment variable holding a base URL that overrides the subdomain. */
    public static final String ENV_BASE_URL = "MIHU_BASE_URL";

    private final ClientResources resources;
    private final CallPath calls;
    private final boolean root;
    private final AgentService agents;
    private final MihuAsyncClient async;

    private MihuClient(ClientResources resources, ViewSettings view, boolean root) {
        this.resources = resources;
        this.calls = new CallPath(resources, view);
        this.root = root;
        this.agents = new FeignAgentService(calls);
        this.async = new MihuAsyncClient(calls);
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
     * The phone-numbers endpoints: assigning an external trunk to an agent.
     *
     * @return the phone-number service; cheap to obtain, so there is no need to keep it
     */
    public PhoneNumberService phoneNumbers() {
        return new FeignPhoneNumberService(calls);
    }

    /**
     * The same operations without blocking, returning {@link java.util.concurrent.CompletableFuture}s:
     * {@code client.async().agents().create(request)}. Shares this client's tenant, options,
     * connection pool and threads.
     *
     * @return the asynchronous side of this client
     */
    public MihuAsyncClient async() {
        return async;
    }

    /**
     * A view of this client with other call options; options it leaves unset keep this client's.
     * The view shares this client's connection pool, threads and tenant, and costs a few small
     * objects to make, so making one per call is fine:
     *
     * <pre>{@code
     * client.withOptions(o -> o.timeout(Duration.ofSeconds(5)).header("X-Request-Id", id))
     *       .agents().create(request);
     * }</pre>
     *
     * @param options sets the options of the view on the builder it is given
     * @return the view; closing it does nothing
     * @throws IllegalArgumentException if an option is invalid, such as a reserved header
     */
    public MihuClient withOptions(Consumer<RequestOptions.Builder> options) {
        Objects.requireNonNull(options, "options");
        RequestOptions.Builder builder = RequestOptions.builder();
        options.accept(builder);
        return withOptions(builder.build());
    }

    /**
     * A view of this client with other call options, as {@link #withOptions(Consumer)}.
     *
     * @param options the options; those left unset keep this client's
     * @return the view; closing it does nothing
     */
    public MihuClient withOptions(RequestOptions options) {
        Objects.requireNonNull(options, "options");
        ViewSettings view = calls.view();
        return new MihuClient(
                resources,
                ViewSettings.of(
                        view.baseUrl(), tokenOf(view), view.options().overriddenBy(options), resources.settings()),
                false);
    }

    /**
     * A view of this client for another tenant: requests go to {@code https://<subdomain>.mihu.ai}
     * with that tenant's token, over this client's connection pool and threads, and with this
     * client's call options. A service acting for many tenants builds one client and a view per
     * tenant, instead of a client (and a pool) per tenant.
     *
     * @param subdomain the tenant's subdomain, a single DNS label such as {@code acme}
     * @param apiToken the tenant's API token; never logged or shown
     * @return the view; closing it does nothing
     * @throws IllegalArgumentException if the subdomain or token is invalid, as for the builder
     */
    public MihuClient forTenant(String subdomain, String apiToken) {
        return forBaseUrl(Endpoints.forSubdomain(subdomain), apiToken);
    }

    /**
     * A view of this client for a tenant reached at another base URL (a proxy, or a local fake),
     * as {@link #forTenant(String, String)}.
     *
     * @param baseUrl an absolute URL, checked as {@link Builder#baseUrl(String)} checks it
     * @param apiToken the tenant's API token; never logged or shown
     * @return the view; closing it does nothing
     * @throws IllegalArgumentException if the URL or token is invalid
     */
    public MihuClient forBaseUrl(String baseUrl, String apiToken) {
        String url = Endpoints.checkBaseUrl(baseUrl);
        Builder.checkToken(apiToken);
        return new MihuClient(
                resources, ViewSettings.of(url, apiToken, calls.view().options(), resources.settings()), false);
    }

    /**
     * Where this client sends requests.
     *
     * @return the base URL, such as {@code https://acme.mihu.ai}
     */
    public String baseUrl() {
        return calls.view().baseUrl();
    }

    /**
     * The call options this client was given with {@link #withOptions(RequestOptions)}; those
     * left unset take the builder's values.
     *
     * @return the options, never {@code null}
     */
    public RequestOptions options() {
        return calls.view().options();
    }

    /**
     * On the root client (the one {@link Builder#build()} returned): releases the connection pool,
     * the HTTP dispatcher and the client's threads, cancels calls in flight (asynchronous ones
     * fail with {@link ai.mihu.sdk.errors.MihuConnectionException}), and closes every view made
     * from it. Idempotent. Afterwards the services of the client and of its views throw
     * {@link IllegalStateException}.
     *
     * <p>On a view ({@link #forTenant}, {@link #withOptions}): does nothing, as the view owns
     * nothing; it is safe to use a view in try-with-resources.
     */
    @Override
    public void close() {
        if (root) {
            resources.close();
        }
    }

    /** The OkHttp client, for tests of {@link #close()} and of sharing between views. */
    okhttp3.OkHttpClient httpClient() {
        return resources.http();
    }

    /**
     * Describes the client's configuration, without the token.
     *
     * @return a description such as {@code MihuClient[baseUrl=https://acme.mihu.ai, ...]}
     */
    @Override
    public String toString() {
        return "MihuClient[" + (root ? resources.settings() : "view, " + calls.view())
                + (resources.isClosed() ? ", closed" : "") + "]";
    }

    private static String tokenOf(ViewSettings view) {
        return view.authorization().substring("Bearer ".length());
    }

    /**
     * Configures and builds a root {@link MihuClient}. Not thread-safe; the client it builds is.
     *
     * <p>Every setter checks its argument at once and throws {@link IllegalArgumentException} with a
     * message saying what is wrong; {@link #build()} throws the same for a missing token or host.
     */
    public static final class Builder {

        private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
        private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
        private static final int DEFAULT_MAX_RETRIES = 2;
        private static final int DEFAULT_MAX_IDLE_CONNECTIONS = 32;
        // Room for one attempt that uses the whole 60 s read timeout, a Retry-After of up to the
        // 60 s the client accepts, and a second full attempt; still finite, so no call can hang.
        private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);
        // An agent is a few KB; a list of every agent of a tenant can be some MB. Far below any heap.
        private static final long DEFAULT_MAX_RESPONSE_BYTES = 8L * 1024 * 1024;
        private static final long MIN_RESPONSE_BYTES = 1024;
        private static final int DEFAULT_MAX_CONCURRENT_ASYNC_REQUESTS = 16;
        private static final Pattern WHITESPACE_OR_CONTROL = Pattern.compile("[\\s\\p{Cntrl}]");

        private @Nullable String subdomainUrl;
        private @Nullable String baseUrl;
        private @Nullable String apiToken;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private boolean retryAmbiguousFailures;
        private int maxIdleConnections = DEFAULT_MAX_IDLE_CONNECTIONS;
        private LogLevel logLevel = LogLevel.NONE;
        private Duration initialBackoff = RetryPolicy.DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = RetryPolicy.DEFAULT_MAX_BACKOFF;
        private Duration maxRetryAfter = RetryPolicy.DEFAULT_MAX_RETRY_AFTER;
        private Duration timeout = DEFAULT_TIMEOUT;
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private int maxConcurrentAsyncRequests = DEFAULT_MAX_CONCURRENT_ASYNC_REQUESTS;
        private @Nullable ProxySettings proxy;
        private @Nullable SSLContext sslContext;
        private @Nullable X509TrustManager trustManager;
        private CallObserver callObserver = CallObserver.NONE;

        private Builder() {}

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
            this.apiToken = checkToken(apiToken);
            return this;
        }

        static String checkToken(String apiToken) {
            if (apiToken == null || apiToken.isBlank()) {
                throw new IllegalArgumentException("The API token is missing or blank: pass it to apiToken(...) "
                        + "or set the " + ENV_API_TOKEN + " environment variable");
            }
            if (WHITESPACE_OR_CONTROL.matcher(apiToken).find()) {
                throw new IllegalArgumentException("The API token contains whitespace or control characters; "
                        + "check " + ENV_API_TOKEN + " for a stray newline, space or quote");
            }
            return apiToken;
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
            this.connectTimeout = checkDuration("connectTimeout", timeout);
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
            this.readTimeout = checkDuration("readTimeout", timeout);
            return this;
        }

        /**
         * The total time a call may take: every attempt, the waits between retries (including
         * those a {@code Retry-After} asks for) and the reading of the response. When it passes,
         * the call ends with {@link ai.mihu.sdk.errors.MihuTimeoutException}, whatever the server
         * is doing (slow headers, a body trickled byte by byte, a stall), within about 10 ms of it.
         * Default 3 minutes; {@link MihuClient#withOptions(Consumer)} sets it per call.
         *
         * @param timeout at least a millisecond
         * @return this builder
         * @throws IllegalArgumentException if it is null, zero, negative or too long
         */
        public Builder timeout(Duration timeout) {
            this.timeout = checkDuration("timeout", timeout);
            return this;
        }

        /**
         * The largest response body the client accepts, in bytes. A success response that
         * declares a larger body fails before it is read, and one that does not declare its
         * length fails as soon as it passes the limit, with
         * {@link ai.mihu.sdk.errors.ResponseTooLargeException}; so a broken or hostile server
         * cannot exhaust the application's memory. Default 8 MiB.
         *
         * @param maxBytes at least 1024
         * @return this builder
         * @throws IllegalArgumentException if less than 1024 or more than {@code Integer.MAX_VALUE - 8}
         */
        public Builder maxResponseBytes(long maxBytes) {
            if (maxBytes < MIN_RESPONSE_BYTES || maxBytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maxResponseBytes must be between " + MIN_RESPONSE_BYTES + " and "
                        + (Integer.MAX_VALUE - 8) + ", was " + maxBytes);
            }
            this.maxResponseBytes = maxBytes;
            return this;
        }

        /**
         * How many asynchronous requests may be in flight at once, for all tenant views together;
         * further ones queue without holding a thread. It also bounds the threads the client uses
         * for asynchronous calls, as OkHttp runs each request in flight on a thread of its own.
         * Default 16; raise it for wide fan-out. Synchronous calls run on the caller's thread and
         * are not limited by it.
         *
         * @param maxRequests 1 or more
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         */
        public Builder maxConcurrentAsyncRequests(int maxRequests) {
            if (maxRequests < 1) {
                throw new IllegalArgumentException("maxConcurrentAsyncRequests must be at least 1, was " + maxRequests);
            }
            this.maxConcurrentAsyncRequests = maxRequests;
            return this;
        }

        /**
         * Connects through an HTTP proxy (HTTPS requests are tunnelled with {@code CONNECT}).
         * Without it, the JVM's proxy settings apply ({@link java.net.ProxySelector#getDefault()},
         * which reads {@code https.proxyHost} and the like).
         *
         * @param host the proxy's host name or address
         * @param port the proxy's port, 1 to 65535
         * @return this builder
         * @throws IllegalArgumentException if the host is blank or the port out of range
         */
        public Builder proxy(String host, int port) {
            if (host == null
                    || host.isBlank()
                    || WHITESPACE_OR_CONTROL.matcher(host).find()) {
                throw new IllegalArgumentException("The proxy host is missing or holds whitespace: \"" + host + "\"");
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("The proxy port must be between 1 and 65535, was " + port);
            }
            this.proxy = new ProxySettings(
                    host, port, proxy == null ? null : proxy.username(), proxy == null ? null : proxy.password());
            return this;
        }

        /**
         * Credentials for the proxy set with {@link #proxy(String, int)}, sent as
         * {@code Proxy-Authorization: Basic ...} to that proxy up front (with the request itself for
         * {@code http} URLs, with the {@code CONNECT} of the tunnel for {@code https}), so that no
         * request is sent twice after a 407. They are never logged or shown.
         *
         * @param username the user name
         * @param password the password
         * @return this builder
         * @throws IllegalArgumentException if no proxy was set, or either value is null or holds
         *     control characters (the message does not repeat the password)
         */
        public Builder proxyCredentials(String username, String password) {
            if (proxy == null) {
                throw new IllegalArgumentException("Set the proxy with proxy(host, port) before its credentials");
            }
            if (username == null || username.isEmpty() || username.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("The proxy user name is missing or holds control characters");
            }
            if (password == null || password.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("The proxy password is missing or holds control characters");
            }
            this.proxy = new ProxySettings(proxy.host(), proxy.port(), username, password);
            return this;
        }

        /**
         * Trusts the certificates of a trust store instead of the JVM's default ones, such as the
         * certificate authority of a TLS-inspecting corporate proxy.
         *
         * @param trustStore the trusted certificates, already loaded
         * @return this builder
         * @throws IllegalArgumentException if it is null or cannot be used as a trust store
         */
        public Builder trustStore(KeyStore trustStore) {
            if (trustStore == null) {
                throw new IllegalArgumentException("trustStore must not be null");
            }
            try {
                TrustManagerFactory factory =
                        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(trustStore);
                X509TrustManager x509 = null;
                for (TrustManager manager : factory.getTrustManagers()) {
                    if (manager instanceof X509TrustManager candidate) {
                        x509 = candidate;
                    }
                }
                if (x509 == null) {
                    throw new IllegalArgumentException("The trust store gives no X.509 trust manager");
                }
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {x509}, null);
                return sslContext(context, x509);
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("The trust store cannot be used: " + e.getMessage(), e);
            }
        }

        /**
         * Uses this TLS context for HTTPS connections, with the trust manager it was initialised
         * with (which OkHttp needs to clean certificate chains).
         *
         * @param sslContext an initialised TLS context
         * @param trustManager the trust manager {@code sslContext} uses
         * @return this builder
         * @throws IllegalArgumentException if either is null
         */
        public Builder sslContext(SSLContext sslContext, X509TrustManager trustManager) {
            if (sslContext == null || trustManager == null) {
                throw new IllegalArgumentException("sslContext and trustManager must both be given");
            }
            this.sslContext = sslContext;
            this.trustManager = trustManager;
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

        /**
         * How long to wait between retries when the server does not say (no {@code Retry-After}):
         * {@code initial} before the first retry, doubled for each further one up to {@code max},
         * with jitter (each wait is between half and all of that). Default 500 ms and 8 s.
         *
         * <p>{@code Duration.ZERO} for both retries at once, which suits tests that exercise
         * retries against a local fake; {@code MockMihuServerExtension}'s client does this.
         *
         * @param initial the wait before the first retry; zero or more
         * @param max the longest wait; zero or more
         * @return this builder
         * @throws IllegalArgumentException if either is null, negative or longer than about 24 days
         */
        public Builder retryBackoff(Duration initial, Duration max) {
            this.initialBackoff = checkWait("retryBackoff initial", initial);
            this.maxBackoff = checkWait("retryBackoff max", max);
            return this;
        }

        /**
         * The longest wait the client accepts from a {@code Retry-After} header before retrying; a
         * longer one is shortened to this. Default 60 s. {@code Duration.ZERO} retries at once
         * whatever the server asks, which suits tests only: a real server that says how long to
         * wait should be believed.
         *
         * @param max the longest wait; zero or more
         * @return this builder
         * @throws IllegalArgumentException if it is null, negative or longer than about 24 days
         */
        public Builder maxRetryAfter(Duration max) {
            this.maxRetryAfter = checkWait("maxRetryAfter", max);
            return this;
        }

        /**
         * Records metrics of every call in this Micrometer registry: a timer
         * {@code mihu.client.requests} per call (from the first attempt to the last answer,
         * retries and waits included) tagged {@code operation} (the API's operationId, such as
         * {@code createAgent}), {@code status} (the HTTP status, or {@code none}) and
         * {@code outcome} ({@code success}, {@code client_error}, {@code server_error},
         * {@code network_error}, {@code timeout}, {@code invalid_request}, ...); and a counter
         * {@code mihu.client.retries} per retry tagged {@code operation}, {@code status} and
         * {@code reason}. The client's views record into the same registry. The README lists
         * every tag value.
         *
         * <p>Optional: Micrometer is not a required dependency of the SDK, and without this call
         * no Micrometer class is loaded and nothing is recorded.
         *
         * @param registry the registry, such as the application's own
         * @return this builder
         * @throws IllegalArgumentException if it is null
         */
        public Builder meterRegistry(io.micrometer.core.instrument.MeterRegistry registry) {
            if (registry == null) {
                throw new IllegalArgumentException(
                        "meterRegistry must not be null; leave it unset to record no metrics");
            }
            // Through a factory typed CallObserver: this class then names no Micrometer type but the
            // parameter's, which the JVM resolves only if this method runs.
            this.callObserver = MicrometerCallObserver.create(registry);
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
                throw new IllegalArgumentException(
                        "No API token: pass it to apiToken(...) or set the " + ENV_API_TOKEN + " environment variable");
            }
            String target = baseUrl != null ? baseUrl : subdomainUrl;
            if (target == null) {
                throw new IllegalArgumentException("No host: pass subdomain(\"acme\") for https://acme.mihu.ai or "
                        + "baseUrl(...), or set " + ENV_SUBDOMAIN + " or " + ENV_BASE_URL);
            }
            RetryPolicy retryPolicy =
                    new RetryPolicy(maxRetries, retryAmbiguousFailures, initialBackoff, maxBackoff, maxRetryAfter);
            ClientSettings settings = new ClientSettings(
                    target,
                    apiToken,
                    connectTimeout,
                    readTimeout,
                    retryPolicy,
                    logLevel,
                    maxIdleConnections,
                    timeout,
                    maxResponseBytes,
                    maxConcurrentAsyncRequests,
                    proxy,
                    sslContext == null ? null : sslContext.getSocketFactory(),
                    trustManager,
                    callObserver);
            return new MihuClient(
                    new ClientResources(settings),
                    ViewSettings.of(target, apiToken, RequestOptions.none(), settings),
                    true);
        }

        static Duration checkDuration(String name, Duration value) {
            if (value == null || value.isNegative() || value.toMillis() < 1) {
                throw new IllegalArgumentException(name + " must be at least 1 ms, was " + value);
            }
            if (value.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(
                        name + " must be at most " + Integer.MAX_VALUE + " ms, was " + value);
            }
            return value;
        }

        private static Duration checkWait(String name, Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be zero or more, was " + value);
            }
            if (value.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
                throw new IllegalArgumentException(
                        name + " must be at most " + Integer.MAX_VALUE + " ms, was " + value);
            }
            return value;
        }

        private static @Nullable String trimmed(@Nullable String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }
}
