package ai.mihu.sdk;

import java.time.Duration;

/**
 * The checked configuration a {@link MihuClient} is built from. {@link #toString()} hides the token.
 *
 * @param baseUrl where requests go, without a trailing slash
 * @param apiToken the bearer token
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for response data
 * @param retryPolicy what is retried and how long to wait
 * @param logLevel how much of each exchange to log
 */
record ClientSettings(String baseUrl, String apiToken, Duration connectTimeout, Duration readTimeout,
                      RetryPolicy retryPolicy, LogLevel logLevel, int maxIdleConnections) {

    @Override
    public String toString() {
        return "baseUrl=" + baseUrl
                + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout
                + ", maxRetries=" + retryPolicy.maxRetries()
                + ", retryAmbiguousFailures=" + retryPolicy.retryAmbiguousFailures()
                + ", logLevel=" + logLevel
                + ", maxIdleConnections=" + maxIdleConnections;
    }
}
