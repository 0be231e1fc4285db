package ai.mihu.spring.boot;

import ai.mihu.sdk.LogLevel;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code mihu.*} properties the auto-configured {@link ai.mihu.sdk.MihuClient} is built from.
 *
 * <p>Each property maps to the {@link ai.mihu.sdk.MihuClient.Builder} setter of the same name; a
 * property left unset keeps the SDK's default, so the defaults live in one place, the SDK. New
 * client settings are added here as one field each, and {@link MihuClientFactory} applies them.
 *
 * <p>{@link #toString()} never shows the API token or the proxy password.
 */
@ConfigurationProperties(prefix = MihuProperties.PREFIX)
public class MihuProperties {

    /** The prefix of every property of the starter. */
    public static final String PREFIX = "mihu";

    /**
     * API token of the tenant, sent as a bearer token. Required; never logged. Keep it out of
     * source control: set it through the MIHU_API_TOKEN environment variable or a secret store.
     */
    private String apiToken;

    /**
     * Subdomain of the tenant: 'acme' sends requests to https://acme.mihu.ai. Required unless
     * mihu.base-url is set.
     */
    private String subdomain;

    /**
     * Base URL that overrides the subdomain, for a proxy or a local fake, such as
     * https://proxy.example.com/mihu. Plain http is accepted for loopback hosts only.
     */
    private String baseUrl;

    /** How long to wait to establish a connection. The SDK's default is 10 seconds. */
    private Duration connectTimeout;

    /** How long to wait for response data once a request is sent. The SDK's default is 60 seconds. */
    private Duration readTimeout;

    /**
     * How many times a failed request may be repeated, for the failures the SDK's retry policy
     * allows (429, 503, connection failures before sending). The SDK's default is 2; 0 disables
     * retries.
     */
    private Integer maxRetries;

    /**
     * Whether to also retry failures after which the server may have acted on the request (read
     * timeouts, 500, 502, 504): a repeated create can create a second agent. The SDK's default is
     * false.
     */
    private Boolean retryAmbiguousFailures;

    /**
     * How many idle connections the client keeps for reuse; at least the number of threads
     * calling at once. The SDK's default is 32.
     */
    private Integer maxIdleConnections;

    /**
     * How much of each HTTP exchange to log at DEBUG on the logger 'ai.mihu.sdk.http', with
     * secrets redacted. The SDK's default is NONE.
     */
    private LogLevel logLevel;

    /**
     * Total time a call may take: every attempt, the waits between retries and the reading of the
     * response. The SDK's default is 3 minutes.
     */
    private Duration timeout;

    /**
     * Largest response body the client accepts, such as 8MB; a larger one fails the call without
     * being read. At least 1KB. The SDK's default is 8MB.
     */
    private DataSize maxResponseBytes;

    /**
     * How many asynchronous requests may be in flight at once, for all tenant views together;
     * further ones queue. The SDK's default is 16.
     */
    private Integer maxConcurrentAsyncRequests;

    /**
     * Wait before the first retry when the server gives no Retry-After, doubled for each further
     * retry up to mihu.max-retry-backoff. Set both or neither. The SDK's default is 500ms.
     */
    private Duration initialRetryBackoff;

    /**
     * Longest computed wait between retries. Set both with mihu.initial-retry-backoff or neither.
     * The SDK's default is 8s.
     */
    private Duration maxRetryBackoff;

    /**
     * Longest wait the client accepts from a Retry-After header; a longer one is shortened to this.
     * The SDK's default is 60s.
     */
    private Duration maxRetryAfter;

    /** HTTP proxy to connect through, instead of the JVM's proxy settings. */
    private final Proxy proxy = new Proxy();

    /** Metrics of the client's calls, recorded in the application's MeterRegistry. */
    private final Metrics metrics = new Metrics();

    /** TLS of the connections to Mihu, from one of the application's Spring Boot SSL bundles. */
    private final Ssl ssl = new Ssl();

    /**
     * The API token.
     *
     * @return the token, or {@code null} when unset
     */
    public String getApiToken() {
        return apiToken;
    }

    /**
     * Sets the API token.
     *
     * @param apiToken the token
     */
    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    /**
     * The tenant's subdomain.
     *
     * @return the subdomain, or {@code null} when unset
     */
    public String getSubdomain() {
        return subdomain;
    }

    /**
     * Sets the tenant's subdomain.
     *
     * @param subdomain a single DNS label, such as {@code acme}
     */
    public void setSubdomain(String subdomain) {
        this.subdomain = subdomain;
    }

    /**
     * The base URL that overrides the subdomain.
     *
     * @return the URL, or {@code null} when unset
     */
    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * Sets the base URL that overrides the subdomain.
     *
     * @param baseUrl an absolute http(s) URL
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * The connect timeout.
     *
     * @return the timeout, or {@code null} for the SDK's default
     */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Sets the connect timeout.
     *
     * @param connectTimeout the timeout, such as {@code 5s}
     */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /**
     * The read timeout.
     *
     * @return the timeout, or {@code null} for the SDK's default
     */
    public Duration getReadTimeout() {
        return readTimeout;
    }

    /**
     * Sets the read timeout.
     *
     * @param readTimeout the timeout, such as {@code 30s}
     */
    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /**
     * The maximum number of retries.
     *
     * @return the number, or {@code null} for the SDK's default
     */
    public Integer getMaxRetries() {
        return maxRetries;
    }

    /**
     * Sets the maximum number of retries.
     *
     * @param maxRetries zero or more
     */
    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    /**
     * Whether ambiguous failures are retried.
     *
     * @return the flag, or {@code null} for the SDK's default
     */
    public Boolean getRetryAmbiguousFailures() {
        return retryAmbiguousFailures;
    }

    /**
     * Sets whether ambiguous failures are retried.
     *
     * @param retryAmbiguousFailures {@code true} to retry them, accepting possible duplicates
     */
    public void setRetryAmbiguousFailures(Boolean retryAmbiguousFailures) {
        this.retryAmbiguousFailures = retryAmbiguousFailures;
    }

    /**
     * The number of idle connections kept.
     *
     * @return the number, or {@code null} for the SDK's default
     */
    public Integer getMaxIdleConnections() {
        return maxIdleConnections;
    }

    /**
     * Sets the number of idle connections kept.
     *
     * @param maxIdleConnections 1 or more
     */
    public void setMaxIdleConnections(Integer maxIdleConnections) {
        this.maxIdleConnections = maxIdleConnections;
    }

    /**
     * The HTTP log level.
     *
     * @return the level, or {@code null} for the SDK's default
     */
    public LogLevel getLogLevel() {
        return logLevel;
    }

    /**
     * Sets the HTTP log level.
     *
     * @param logLevel the level
     */
    public void setLogLevel(LogLevel logLevel) {
        this.logLevel = logLevel;
    }

    /**
     * The total time a call may take.
     *
     * @return the deadline, or {@code null} for the SDK's default
     */
    public Duration getTimeout() {
        return timeout;
    }

    /**
     * Sets the total time a call may take.
     *
     * @param timeout the deadline, such as {@code 30s}
     */
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * The largest response body accepted.
     *
     * @return the size, or {@code null} for the SDK's default
     */
    public DataSize getMaxResponseBytes() {
        return maxResponseBytes;
    }

    /**
     * Sets the largest response body accepted.
     *
     * @param maxResponseBytes the size, such as {@code 8MB}
     */
    public void setMaxResponseBytes(DataSize maxResponseBytes) {
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * The most asynchronous requests in flight at once.
     *
     * @return the number, or {@code null} for the SDK's default
     */
    public Integer getMaxConcurrentAsyncRequests() {
        return maxConcurrentAsyncRequests;
    }

    /**
     * Sets the most asynchronous requests in flight at once.
     *
     * @param maxConcurrentAsyncRequests 1 or more
     */
    public void setMaxConcurrentAsyncRequests(Integer maxConcurrentAsyncRequests) {
        this.maxConcurrentAsyncRequests = maxConcurrentAsyncRequests;
    }

    /**
     * The wait before the first retry.
     *
     * @return the wait, or {@code null} for the SDK's default
     */
    public Duration getInitialRetryBackoff() {
        return initialRetryBackoff;
    }

    /**
     * Sets the wait before the first retry.
     *
     * @param initialRetryBackoff zero or more
     */
    public void setInitialRetryBackoff(Duration initialRetryBackoff) {
        this.initialRetryBackoff = initialRetryBackoff;
    }

    /**
     * The longest computed wait between retries.
     *
     * @return the wait, or {@code null} for the SDK's default
     */
    public Duration getMaxRetryBackoff() {
        return maxRetryBackoff;
    }

    /**
     * Sets the longest computed wait between retries.
     *
     * @param maxRetryBackoff zero or more
     */
    public void setMaxRetryBackoff(Duration maxRetryBackoff) {
        this.maxRetryBackoff = maxRetryBackoff;
    }

    /**
     * The longest wait accepted from a {@code Retry-After} header.
     *
     * @return the wait, or {@code null} for the SDK's default
     */
    public Duration getMaxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * Sets the longest wait accepted from a {@code Retry-After} header.
     *
     * @param maxRetryAfter zero or more
     */
    public void setMaxRetryAfter(Duration maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    /**
     * The proxy settings ({@code mihu.proxy.*}).
     *
     * @return the settings, never {@code null}
     */
    public Proxy getProxy() {
        return proxy;
    }

    /**
     * The metrics settings ({@code mihu.metrics.*}).
     *
     * @return the settings, never {@code null}
     */
    public Metrics getMetrics() {
        return metrics;
    }

    /**
     * The TLS settings ({@code mihu.ssl.*}).
     *
     * @return the settings, never {@code null}
     */
    public Ssl getSsl() {
        return ssl;
    }

    /**
     * Describes the properties that are set, without the token.
     *
     * @return a description such as {@code MihuProperties[apiToken=(set), subdomain=acme, ...]}
     */
    @Override
    public String toString() {
        return "MihuProperties[apiToken=" + (apiToken == null ? "(unset)" : "(set)")
                + ", subdomain=" + subdomain
                + ", baseUrl=" + baseUrl
                + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout
                + ", maxRetries=" + maxRetries
                + ", retryAmbiguousFailures=" + retryAmbiguousFailures
                + ", maxIdleConnections=" + maxIdleConnections
                + ", logLevel=" + logLevel
                + ", timeout=" + timeout
                + ", maxResponseBytes=" + maxResponseBytes
                + ", maxConcurrentAsyncRequests=" + maxConcurrentAsyncRequests
                + ", initialRetryBackoff=" + initialRetryBackoff
                + ", maxRetryBackoff=" + maxRetryBackoff
                + ", maxRetryAfter=" + maxRetryAfter
                + ", proxy=" + proxy
                + ", metrics=" + metrics
                + ", ssl=" + ssl + "]";
    }

    /** The {@code mihu.proxy.*} properties: an HTTP proxy, with optional credentials. */
    public static class Proxy {

        /** Host name or address of the HTTP proxy. Required for the other proxy properties. */
        private String host;

        /** Port of the HTTP proxy, 1 to 65535. Required with mihu.proxy.host. */
        private Integer port;

        /** User name sent to the proxy up front (Basic). Requires mihu.proxy.password. */
        private String username;

        /** Password sent to the proxy with mihu.proxy.username. Never logged or shown. */
        private String password;

        /** Creates empty proxy settings; Spring Boot binds them. */
        public Proxy() {}

        /**
         * The proxy host.
         *
         * @return the host, or {@code null} for no proxy
         */
        public String getHost() {
            return host;
        }

        /**
         * Sets the proxy host.
         *
         * @param host a host name or address
         */
        public void setHost(String host) {
            this.host = host;
        }

        /**
         * The proxy port.
         *
         * @return the port, or {@code null} when unset
         */
        public Integer getPort() {
            return port;
        }

        /**
         * Sets the proxy port.
         *
         * @param port 1 to 65535
         */
        public void setPort(Integer port) {
            this.port = port;
        }

        /**
         * The proxy user name.
         *
         * @return the user name, or {@code null} for no credentials
         */
        public String getUsername() {
            return username;
        }

        /**
         * Sets the proxy user name.
         *
         * @param username the user name
         */
        public void setUsername(String username) {
            this.username = username;
        }

        /**
         * The proxy password.
         *
         * @return the password, or {@code null} when unset
         */
        public String getPassword() {
            return password;
        }

        /**
         * Sets the proxy password.
         *
         * @param password the password; never logged or shown
         */
        public void setPassword(String password) {
            this.password = password;
        }

        /**
         * Describes the proxy settings, without the password.
         *
         * @return a description such as {@code [host=proxy.corp, port=3128, username=svc, password=(set)]}
         */
        @Override
        public String toString() {
            return "[host=" + host + ", port=" + port + ", username=" + username + ", password="
                    + (password == null ? "(unset)" : "(set)") + "]";
        }
    }

    /**
     * The {@code mihu.ssl.*} properties: which of the application's SSL bundles
     * ({@code spring.ssl.bundle.*}) the client trusts the server's certificate with, such as a
     * corporate TLS-inspecting proxy's or a private CA's. Unset, the JVM's default trust store is used.
     */
    public static class Ssl {

        /**
         * Name of the Spring Boot SSL bundle (spring.ssl.bundle.jks.NAME or spring.ssl.bundle.pem.NAME)
         * whose trust material the client uses for its TLS connections.
         */
        private String bundle;

        /** Creates empty TLS settings; Spring Boot binds them. */
        public Ssl() {}

        /**
         * The SSL bundle's name.
         *
         * @return the name, or {@code null} for the JVM's default trust
         */
        public String getBundle() {
            return bundle;
        }

        /**
         * Sets the SSL bundle's name.
         *
         * @param bundle the name of a bundle under {@code spring.ssl.bundle.*}
         */
        public void setBundle(String bundle) {
            this.bundle = bundle;
        }

        /**
         * Describes the settings.
         *
         * @return a description such as {@code Ssl[bundle=corporate]}
         */
        @Override
        public String toString() {
            return "Ssl[bundle=" + bundle + "]";
        }
    }

    /** The {@code mihu.metrics.*} properties. */
    public static class Metrics {

        /**
         * Whether the client records mihu.client.requests and mihu.client.retries in the
         * application's MeterRegistry, when Micrometer and such a bean are present.
         */
        private boolean enabled = true;

        /** Creates the default metrics settings; Spring Boot binds them. */
        public Metrics() {}

        /**
         * Whether metrics are recorded.
         *
         * @return {@code true} unless turned off
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether metrics are recorded.
         *
         * @param enabled {@code false} to record none
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Describes the settings.
         *
         * @return a description such as {@code [enabled=true]}
         */
        @Override
        public String toString() {
            return "[enabled=" + enabled + "]";
        }
    }
}
