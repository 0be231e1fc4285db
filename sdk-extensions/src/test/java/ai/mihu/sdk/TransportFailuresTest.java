package ai.mihu.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.mihu.sdk.errors.MihuConnectionException;
import ai.mihu.sdk.errors.MihuTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import okhttp3.internal.http2.ConnectionShutdownException;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.internal.http2.StreamResetException;
import org.junit.jupiter.api.Test;

class TransportFailuresTest {

    private static final String URL = "https://acme.mihu.ai/api/v1/agents";

    @Test
    void connectPhaseFailuresHappenBeforeSending() {
        assertThat(TransportFailures.happenedBeforeSending(new ConnectException("Failed to connect")))
                .isTrue();
        assertThat(TransportFailures.happenedBeforeSending(new UnknownHostException("acme.mihu.ai")))
                .isTrue();
        assertThat(TransportFailures.happenedBeforeSending(new NoRouteToHostException("No route")))
                .isTrue();
        assertThat(TransportFailures.happenedBeforeSending(new SocketTimeoutException("Connect timed out")))
                .isTrue();
    }

    @Test
    void http2FailuresThatOkHttpKnowsWereNotProcessedHappenBeforeSending() {
        assertThat(TransportFailures.happenedBeforeSending(new StreamResetException(ErrorCode.REFUSED_STREAM)))
                .isTrue();
        assertThat(TransportFailures.happenedBeforeSending(new ConnectionShutdownException()))
                .isTrue();
        assertThat(TransportFailures.happenedBeforeSending(new StreamResetException(ErrorCode.CANCEL)))
                .isFalse();
        assertThat(TransportFailures.happenedBeforeSending(new StreamResetException(ErrorCode.INTERNAL_ERROR)))
                .isFalse();
    }

    @Test
    void readPhaseFailuresMayHaveBeenProcessed() {
        assertThat(TransportFailures.happenedBeforeSending(new SocketTimeoutException("timeout")))
                .isFalse();
        assertThat(TransportFailures.happenedBeforeSending(new SocketTimeoutException("Read timed out")))
                .isFalse();
        assertThat(TransportFailures.happenedBeforeSending(new SocketException("Connection reset")))
                .isFalse();
        assertThat(TransportFailures.happenedBeforeSending(new IOException("unexpected end of stream")))
                .isFalse();
    }

    @Test
    void theJdkReportsAConnectTimeoutInTheWordsTheClassifierExpects() throws IOException {
        try (SaturatedListener listener = new SaturatedListener();
                Socket socket = new Socket()) {
            Throwable failure = catchThrowable(() ->
                    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.port()), 100));

            assertThat(failure).isInstanceOf(SocketTimeoutException.class);
            assertThat(TransportFailures.happenedBeforeSending((IOException) failure))
                    .as(failure.toString())
                    .isTrue();
        }
    }

    @Test
    void timeoutsBecomeTimeoutExceptionsThatSayWhetherTheRequestWasSent() {
        MihuConnectionException connect =
                TransportFailures.toException(new SocketTimeoutException("Connect timed out"), "POST", URL);
        MihuConnectionException read =
                TransportFailures.toException(new SocketTimeoutException("timeout"), "POST", URL);

        assertThat(connect)
                .isInstanceOf(MihuTimeoutException.class)
                .hasMessage("Timed out connecting for POST " + URL
                        + " (SocketTimeoutException: Connect timed out); the request was not sent");
        assertThat(connect.requestMayHaveBeenProcessed()).isFalse();
        assertThat(read).isInstanceOf(MihuTimeoutException.class);
        assertThat(read.requestMayHaveBeenProcessed()).isTrue();
    }

    @Test
    void otherFailuresBecomeConnectionExceptions() {
        MihuConnectionException reset =
                TransportFailures.toException(new SocketException("Connection reset"), "POST", URL);
        MihuConnectionException unknownHost =
                TransportFailures.toException(new UnknownHostException("acme.mihu.ai"), "POST", URL);

        assertThat(reset).isExactlyInstanceOf(MihuConnectionException.class);
        assertThat(reset.requestMayHaveBeenProcessed()).isTrue();
        assertThat(unknownHost).isExactlyInstanceOf(MihuConnectionException.class);
        assertThat(unknownHost.requestMayHaveBeenProcessed()).isFalse();
        assertThat(unknownHost.getCause()).isInstanceOf(UnknownHostException.class);
    }
}
