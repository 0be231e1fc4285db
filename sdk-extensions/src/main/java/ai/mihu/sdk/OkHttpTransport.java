package ai.mihu.sdk;

import ai.mihu.sdk.errors.MihuConnectionException;
import ai.mihu.sdk.errors.MihuException;
import ai.mihu.sdk.errors.ResponseTooLargeException;
import feign.AsyncClient;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okhttp3.internal.http.HttpMethod;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Feign's {@link Client} and {@link AsyncClient} seams over the OkHttp client the root
 * {@link MihuClient} owns: one HTTP attempt of a call, synchronous ({@code Call.execute}) or
 * asynchronous ({@code Call.enqueue}, no thread held while waiting).
 *
 * <p>It exists, instead of feign-okhttp, for what a call needs per attempt without copying the
 * OkHttp client (feign-okhttp 13.6 builds a new {@code OkHttpClient} for every request whose
 * timeouts differ from the client's):
 * <ul>
 *   <li><b>Deadline.</b> Each attempt is watched by the client's {@link DeadlineWatch} while it
 *       runs, so connecting, sending, slow headers and a trickled or stalled body all end by the
 *       call's deadline.</li>
 *   <li><b>Bounded memory.</b> The body is read here, to at most the client's limit for a success
 *       answer: a larger declared length fails before anything is read, an undeclared one fails
 *       as soon as the limit is passed, with {@link ResponseTooLargeException}. An error body is
 *       cut at {@value #ERROR_BODY_BYTES} bytes, all the error decoder reads. The decoders then
 *       work on bytes in memory and never do I/O.</li>
 *   <li><b>Typed failures.</b> I/O failures become {@link MihuConnectionException} or
 *       {@link ai.mihu.sdk.errors.MihuTimeoutException} here, where the deadline is known, so
 *       Feign never wraps them and its retryer is never involved: {@link CallPath} retries.</li>
 *   <li><b>Cancellation.</b> The OkHttp call is registered with the {@link CallContext}, which
 *       cancels it when the caller cancels the call's future or closes the client.</li>
 * </ul>
 * Feign's {@code Request.Options} are not used: connect and read timeouts are the OkHttp
 * client's, and the deadline is the call's.
 */
final class OkHttpTransport implements Client, AsyncClient<Object> {

    /** The most of an error body kept: {@link ErrorResponseDecoder} reads no more. */
    static final int ERROR_BODY_BYTES = ErrorResponseDecoder.MAX_BODY_BYTES;

    private static final long READ_CHUNK = 8 * 1024;
    private static final byte[] EMPTY = new byte[0];
    private static final MediaType JSON_TYPE = MediaType.get(JsonOnlyContract.JSON);

    private final OkHttpClient http;
    private final long maxResponseBytes;
    private final DeadlineWatch deadlines;

    OkHttpTransport(OkHttpClient http, long maxResponseBytes, DeadlineWatch deadlines) {
        this.http = http;
        this.maxResponseBytes = maxResponseBytes;
        this.deadlines = deadlines;
    }

    @Override
    public Response execute(Request request, Request.Options ignored) {
        CallContext context = CallContext.current();
        Call call = newCall(request, context);
        try (okhttp3.Response response = call.execute()) {
            return toFeign(request, response);
        } catch (IOException e) {
            throw failure(e, request, context);
        } finally {
            deadlines.attemptEnded(context);
        }
    }

    @Override
    public CompletableFuture<Response> execute(Request request, Request.Options ignored, Optional<Object> unused) {
        CallContext context = CallContext.current();
        CompletableFuture<Response> result = new CompletableFuture<>();
        Call call;
        try {
            call = newCall(request, context);
        } catch (MihuException e) {
            result.completeExceptionally(e);
            return result;
        }
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call failed, IOException e) {
                // Each attempt ends before the future completes: a retry starts from that completion
                // with this same context, and must not be taken off the watch by this attempt's end.
                deadlines.attemptEnded(context);
                result.completeExceptionally(failure(e, request, context));
            }

            @Override
            public void onResponse(Call answered, okhttp3.Response response) {
                Response converted = null;
                Throwable failed = null;
                try (response) {
                    converted = toFeign(request, response);
                } catch (IOException e) {
                    failed = failure(e, request, context);
                } catch (RuntimeException e) {
                    failed = e;
                }
                deadlines.attemptEnded(context);
                if (failed == null) {
                    result.complete(converted);
                } else {
                    result.completeExceptionally(failed);
                }
            }
        });
        return result;
    }

    private Call newCall(Request request, CallContext context) {
        long remaining = context.remainingNanos();
        if (remaining <= 0) {
            throw context.deadlineExceeded(request.httpMethod().name(), request.url(), null, false);
        }
        Call call = http.newCall(toOkHttp(request, context));
        context.startAttempt(call);
        deadlines.attemptStarted(context);
        return call;
    }

    private okhttp3.Request toOkHttp(Request request, CallContext context) {
        okhttp3.Request.Builder builder =
                new okhttp3.Request.Builder().url(context.view().base().resolve(request.url()));
        for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
            String name = header.getKey();
            // OkHttp sets the length from the body itself.
            if ("Content-Length".equalsIgnoreCase(name)) {
                continue;
            }
            for (String value : header.getValue()) {
                builder.addHeader(name, value);
            }
        }
        String method = request.httpMethod().name();
        byte[] body = request.body();
        // Every body the SDK sends is JSON (JsonOnlyContract checks the spec's operations say so).
        // One-shot from the start, so that OneShotRequestBodies need not copy the request.
        RequestBody requestBody = body != null
                ? OneShotRequestBodies.of(body, JSON_TYPE)
                : HttpMethod.requiresRequestBody(method) ? OneShotRequestBodies.of(EMPTY, null) : null;
        return builder.method(method, requestBody).build();
    }

    private Response toFeign(Request request, okhttp3.Response response) throws IOException {
        int status = response.code();
        return Response.builder()
                .status(status)
                .reason(response.message())
                .request(request)
                .protocolVersion(protocol(response.protocol()))
                // The headers travel with the body: see ResponseHeaders.
                .headers(Collections.emptyMap())
                .body(new BufferedBody(readBody(response, status), response.headers()))
                .build();
    }

    /** The body, read to its end within the limit for its status. */
    private byte[] readBody(okhttp3.Response response, int status) throws IOException {
        ResponseBody body = response.body();
        if (body == null) {
            return EMPTY;
        }
        boolean success = status >= 200 && status < 300;
        long limit = success ? maxResponseBytes : Math.min(ERROR_BODY_BYTES, maxResponseBytes);
        long declared = body.contentLength();
        BufferedSource source = body.source();
        if (declared >= 0 && declared <= limit) {
            return source.readByteArray(declared);
        }
        if (declared > limit && success) {
            throw tooLarge(response, "declares a body of " + declared + " bytes");
        }
        Buffer buffer = new Buffer();
        while (buffer.size() <= limit) {
            if (source.read(buffer, READ_CHUNK) == -1) {
                return buffer.readByteArray();
            }
        }
        if (!success) {
            // The start of an error page is all the error decoder uses.
            return buffer.readByteArray(limit);
        }
        throw tooLarge(response, "sent a body of more than " + limit + " bytes");
    }

    private ResponseTooLargeException tooLarge(okhttp3.Response response, String what) {
        return new ResponseTooLargeException(
                "HTTP " + response.code() + " response to "
                        + response.request().method() + " " + response.request().url() + " " + what
                        + ", over the client's limit of " + maxResponseBytes
                        + " bytes (maxResponseBytes); it was not read",
                response.code(),
                maxResponseBytes);
    }

    private static MihuConnectionException failure(IOException e, Request request, CallContext context) {
        String method = request.httpMethod().name();
        if (context.isCancelled()) {
            return new MihuConnectionException(
                    method + " " + request.url() + " was cancelled ("
                            + context.operation().name() + "); the request may have been sent and processed",
                    e,
                    true);
        }
        if (context.remainingNanos() <= 0) {
            return context.deadlineExceeded(method, request.url(), e, !TransportFailures.happenedBeforeSending(e));
        }
        return TransportFailures.toException(e, method, request.url());
    }

    private static Request.ProtocolVersion protocol(okhttp3.Protocol protocol) {
        return switch (protocol) {
            case HTTP_1_0 -> Request.ProtocolVersion.HTTP_1_0;
            case HTTP_2, H2_PRIOR_KNOWLEDGE -> Request.ProtocolVersion.HTTP_2;
            default -> Request.ProtocolVersion.HTTP_1_1;
        };
    }
}
