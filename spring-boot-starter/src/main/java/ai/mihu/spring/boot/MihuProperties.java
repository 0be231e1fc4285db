package ai.mihu.spring.boot;

import ai.mihu.sdk.LogLevel;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code mihu.*} properties the auto-configured {@link ai.mihu.sdk.MihuClient} is built from.
 *
 * <p>Each property maps to the {@link ai.mihu.sdk.MihuClient.Builder} setter of the same name; a
 * property left unset keeps the SDK's default, so the defaults live in one place, the SDK. New
 * client settings are added here as one field each, and {@link MihuClientFactory} applies them.
 *
 * <p>{@link #toString()} never shows the API token.
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
                + ", logLevel=" + logLevel + "]";
    }
}
