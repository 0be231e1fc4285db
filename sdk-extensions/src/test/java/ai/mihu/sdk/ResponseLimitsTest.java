package ai.mihu.sdk;

import static ai.mihu.sdk.MisbehavingServer.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.mihu.sdk.errors.InternalServerException;
import ai.mihu.sdk.errors.MalformedResponseException;
import ai.mihu.sdk.errors.MihuApiException;
import ai.mihu.sdk.errors.MihuException;
import ai.mihu.sdk.errors.ResponseTooLargeException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * No answer from the network can exhaust memory or escape as anything but a {@link MihuException}.
 *
 * <p>Runs in its own surefire execution with a 64 MB heap: a regression that reads a body whole
 * fails with {@code OutOfMemoryError}, as an error, instead of passing slowly.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ResponseLimitsTest {

    private static final int CHUNK = 64 * 1024;
    /** 256 MB in all: four times the test heap. */
    private static final int MAX_CHUNKS = 4 * 1024;

    /** A chunked body of 256 MB, far more than the heap, stopping when the client goes away. */
    private static void endlessChunkedBody(OutputStream out, String statusLine) throws IOException {
        write(out, statusLine + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        byte[] chunk = new byte[CHUNK];
        java.util.Arrays.fill(chunk, (byte) ' ');
        chunk[0] = '{';
        String size = Integer.toHexString(CHUNK) + "\r\n";
        for (int i = 0; i < MAX_CHUNKS; i++) {
            out.write(size.getBytes(StandardCharsets.US_ASCII));
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        write(out, "0\r\n\r\n");
    }

    @Test
    void aDeclaredLengthOverTheLimitFailsBeforeAnythingIsRead() throws Exception {
        MisbehavingServer.Script huge = out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2000000000\r\n\r\n{");
            Thread.sleep(10_000);
        };
        try (MisbehavingServer server = new MisbehavingServer(huge);
                MihuClient client = client(server).build()) {
            long started = System.nanoTime();
            Throwable e = catchThrowable(() -> client.agents().create(Fixtures.validRequest()));

            assertThat(e)
                    .isInstanceOf(ResponseTooLargeException.class)
                    .hasMessageContaining("declares a body of 2000000000 bytes")
                    .hasMessageContaining("limit of 8388608 bytes");
            assertThat(((ResponseTooLargeException) e).limitBytes()).isEqualTo(8L * 1024 * 1024);
            assertThat(((ResponseTooLargeException) e).statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void aChunkedBodyFailsOnceItPassesTheLimit() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(out -> endlessChunkedBody(out, "HTTP/1.1 201 Created"));
                MihuClient client = client(server).maxResponseBytes(1024 * 1024).build()) {
            Throwable e = catchThrowable(() -> client.agents().createWithResponse(Fixtures.validRequest()));

            assertThat(e)
                    .isInstanceOf(ResponseTooLargeException.class)
                    .isInstanceOf(MalformedResponseException.class)
                    .hasMessageContaining("more than 1048576 bytes");
        }
    }

    @Test
    void anAsyncChunkedBodyFailsTheSameWay() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(out -> endlessChunkedBody(out, "HTTP/1.1 201 Created"));
                MihuClient client = client(server).build()) {
            Throwable e = catchThrowable(() ->
                    client.async().agents().create(Fixtures.validRequest()).join());

            assertThat(e).isInstanceOf(CompletionException.class).cause().isInstanceOf(ResponseTooLargeException.class);
        }
    }

    @Test
    void aHugeErrorPageKeepsItsStatusAndOnlyItsStart() throws Exception {
        try (MisbehavingServer server =
                        new MisbehavingServer(out -> endlessChunkedBody(out, "HTTP/1.1 500 Internal Server Error"));
                MihuClient client = client(server).build()) {
            Throwable e = catchThrowable(() -> client.agents().create(Fixtures.validRequest()));

            assertThat(e).isInstanceOf(InternalServerException.class);
            assertThat(((InternalServerException) e).rawBody()).hasSizeLessThan(ResponseBodies.RAW_BODY_CHARS + 100);
        }
    }

    @Test
    void bodiesThatAreNotUsableJsonEndAsMalformedResponses() throws Exception {
        String deep = "[".repeat(200_000);
        String longNumber = "{\"success\": true, \"data\": {\"agent_uuid\": " + "9".repeat(100_000) + "}}";
        byte[] badUtf8 = {'{', '"', 's', '"', ':', (byte) 0xC3, (byte) 0x28, '}'};
        for (byte[] body : new byte[][] {
            deep.getBytes(StandardCharsets.US_ASCII), longNumber.getBytes(StandardCharsets.US_ASCII), badUtf8
        }) {
            MisbehavingServer.Script answer = out -> {
                write(
                        out,
                        "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                                + "\r\n\r\n");
                out.write(body);
            };
            try (MisbehavingServer server = new MisbehavingServer(answer);
                    MihuClient client = client(server).build()) {
                Throwable e = catchThrowable(() -> client.agents().create(Fixtures.validRequest()));

                assertThat(e)
                        .as("body starting %s", new String(body, 0, 8, StandardCharsets.ISO_8859_1))
                        .isInstanceOf(MalformedResponseException.class);
            }
        }
    }

    @Test
    void aDeeplyNestedErrorBodyStillGivesTheTypedError() throws Exception {
        String deep = "{\"error\": " + "[".repeat(200_000);
        MisbehavingServer.Script answer = out -> write(
                out,
                "HTTP/1.1 409 Conflict\r\nContent-Type: application/json\r\n" + "Content-Length: " + deep.length()
                        + "\r\n\r\n" + deep);
        try (MisbehavingServer server = new MisbehavingServer(answer);
                MihuClient client = client(server).build()) {
            Throwable e = catchThrowable(() -> client.agents().create(Fixtures.validRequest()));

            assertThat(e).isInstanceOf(MihuApiException.class);
            assertThat(((MihuApiException) e).statusCode()).isEqualTo(409);
        }
    }

    private static MihuClient.Builder client(MisbehavingServer server) {
        return MihuClient.builder()
                .baseUrl(server.baseUrl())
                .apiToken(Fixtures.TOKEN)
                .maxRetries(0)
                .readTimeout(Duration.ofSeconds(5))
                .timeout(Duration.ofSeconds(30));
    }
}
