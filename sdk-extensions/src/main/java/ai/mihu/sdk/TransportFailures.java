package ai.mihu.sdk;

import ai.mihu.sdk.errors.MihuConnectionException;
import ai.mihu.sdk.errors.MihuTimeoutException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import okhttp3.internal.http2.ConnectionShutdownException;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.internal.http2.StreamResetException;

/**
 * Tells I/O failures that happened before a request was sent from those that happened after, and
 * turns them into the SDK's exceptions.
 *
 * <p>The distinction rests on the exception types OkHttp surfaces (checked against OkHttp 4.12 in
 * {@code RetryPolicyTest} and {@code TransportFailuresTest}): name resolution fails with
 * {@link UnknownHostException}, a refused or unreachable connection with {@link ConnectException}
 * or {@link NoRouteToHostException}, and a connect timeout with a {@link SocketTimeoutException}
 * whose message is "Connect timed out" (from the JDK's socket). A read timeout is a
 * {@code SocketTimeoutException} saying "timeout" or "Read timed out", and a reset after sending
 * is a plain {@link java.net.SocketException}: both mean the server may have the request.
 *
 * <p>Over HTTP/2 two more failures are known not to have been processed, and OkHttp itself treats
 * them so when it retries: a stream the server refused ({@code REFUSED_STREAM}, which RFC 9113
 * §8.7 defines as "not processed"), and a pooled connection found shut down (GOAWAY) before the
 * stream was opened. OkHttp reports them with classes from its {@code internal.http2} package,
 * which is why that package is referred to here.
 */
final class TransportFailures {

    private TransportFailures() {}

    /** Whether the failure happened before the server could have processed any of the request. */
    static boolean happenedBeforeSending(IOException failure) {
        return failure instanceof ConnectException
                || failure instanceof UnknownHostException
                || failure instanceof NoRouteToHostException
                || isConnectTimeout(failure)
                || failure instanceof ConnectionShutdownException
                || (failure instanceof StreamResetException reset && reset.errorCode == ErrorCode.REFUSED_STREAM);
    }

    /** Whether the call was cancelled or its thread interrupted, rather than failing on its own. */
    static boolean isCancellation(IOException failure) {
        return (failure instanceof InterruptedIOException && !(failure instanceof SocketTimeoutException))
                || "Canceled".equals(failure.getMessage());
    }

    /**
     * The SDK exception for an I/O failure of a request.
     *
     * @param failure what the HTTP client threw
     * @param method the HTTP method, for the message
     * @param url the request URL, for the message
     * @return a {@link MihuTimeoutException} for a timeout, otherwise a {@link MihuConnectionException}
     */
    static MihuConnectionException toException(IOException failure, String method, String url) {
        boolean beforeSending = happenedBeforeSending(failure);
        String cause =
                failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        String consequence =
                beforeSending ? "the request was not sent" : "the request may have been sent and processed";
        if (failure instanceof SocketTimeoutException) {
            String what = beforeSending ? "Timed out connecting for " : "Timed out waiting for the response to ";
            return new MihuTimeoutException(
                    what + method + " " + url + " (" + cause + "); " + consequence, failure, !beforeSending);
        }
        String what = beforeSending ? "Could not connect for " : "Connection failed during ";
        return new MihuConnectionException(
                what + method + " " + url + " (" + cause + "); " + consequence, failure, !beforeSending);
    }

    private static boolean isConnectTimeout(IOException failure) {
        return failure instanceof SocketTimeoutException
                && failure.getMessage() != null
                && failure.getMessage().toLowerCase(Locale.ROOT).contains("connect");
    }
}
