package ai.mihu.sdk;

import java.time.Duration;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * The checked configuration a root {@link MihuClient} is built from; its views share everything
 * here but the base URL, token and call options. {@link #toString()} hides the token and the
 * proxy password.
 *
 * @param baseUrl where the root's requests go, without a trailing slash
 * @param apiToken the root's bearer token
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for response data
 * @param retryPolicy what is retried and how long to wait
 * @param logLevel how much of each exchange to log
 * @param maxIdleConnections how many idle connections the pool keeps
 * @param timeout the default deadline of a call, retries and waits included
 * @param maxResponseBytes the largest response body accepted
 * @param maxConcurrentAsyncRequests how many asynchronous requests may be in flight at once
 * @param proxy the HTTP proxy, or {@code null} to follow the JVM's {@code ProxySelector}
 * @param sslSocketFactory the TLS socket factory, or {@code null} for the JVM's default
 * @param trustManager the trust manager of {@code sslSocketFactory}, or {@code null}
 * @param callObserver what hears how calls end, {@link CallObserver#NONE} without metrics
 */
record ClientSettings(
        String baseUrl,
        String apiToken,
        Duration connectTimeout,
        Duration readTimeout,
        RetryPolicy retryPolicy,
        LogLevel logLevel,
        int maxIdleConnections,
        Duration timeout,
        long maxResponseBytes,
        int maxConcurrentAsyncRequests,
        @Nullable ProxySettings proxy,
        @Nullable SSLSocketFactory sslSocketFactory,
        @Nullable X509TrustManager trustManager,
        CallObserver callObserver) {

    @Override
    public String toString() {
        return "baseUrl=" + baseUrl
                + ", timeout=" + timeout
                + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout
                + ", maxRetries=" + retryPolicy.maxRetries()
                + ", retryAmbiguousFailures=" + retryPolicy.retryAmbiguousFailures()
                + ", retryBackoff=" + retryPolicy.initialBackoff() + ".." + retryPolicy.maxBackoff()
                + ", maxRetryAfter=" + retryPolicy.maxRetryAfter()
                + ", logLevel=" + logLevel
                + ", maxIdleConnections=" + maxIdleConnections
                + ", maxResponseBytes=" + maxResponseBytes
                + ", maxConcurrentAsyncRequests=" + maxConcurrentAsyncRequests
                + (proxy == null ? "" : ", proxy=" + proxy)
                + (trustManager == null ? "" : ", customTls")
                + (callObserver == CallObserver.NONE ? "" : ", metrics=" + callObserver);
    }
}
