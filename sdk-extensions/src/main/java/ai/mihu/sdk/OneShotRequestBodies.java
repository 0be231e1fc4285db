package ai.mihu.sdk;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * Marks every request body one-shot, so that OkHttp never sends a request a second time on its
 * own: only the SDK's {@link RetryPolicy} repeats a request.
 *
 * <p>OkHttp 4.12 repeats a request behind the caller's back in its follow-up logic: a 503 whose
 * {@code Retry-After} is 0 is sent again at once whatever {@code retryOnConnectionFailure} says
 * (which doubled the requests per attempt), and a 421 on a coalesced HTTP/2 connection, a 408, an
 * authentication challenge or a redirect may be too. Switching those off one by one leaves the 503
 * and the 421 with no setting at all. What every follow-up does respect is a one-shot body: OkHttp
 * then hands the response back instead of sending the body again. This application interceptor,
 * which runs before OkHttp's follow-up logic, covers every case for a request with a body; for
 * one without (a {@code GET} or a {@code DELETE}), {@link HiddenRetryAfter} stops the 503
 * repeat (and {@code retryOnConnectionFailure(false)} the 408 one). What is left for those is a 421 on an HTTP/2 connection OkHttp coalesced for
 * several hosts, which it sends once more on a connection of its own: the server answered 421
 * because it did not process the request.
 */
final class OneShotRequestBodies implements Interceptor {

    /**
     * A body of bytes that is one-shot from the start, so this interceptor has nothing to copy:
     * {@link OkHttpTransport} builds its requests' bodies with it.
     */
    static RequestBody of(byte[] bytes, @Nullable MediaType contentType) {
        return new OneShot(RequestBody.create(bytes, contentType));
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        RequestBody body = request.body();
        if (body == null || body.isOneShot()) {
            return chain.proceed(request);
        }
        return chain.proceed(
                request.newBuilder().method(request.method(), new OneShot(body)).build());
    }

    /** The same body, declared one-shot. */
    private static final class OneShot extends RequestBody {
        private final RequestBody body;

        OneShot(RequestBody body) {
            this.body = body;
        }

        @Override
        public MediaType contentType() {
            return body.contentType();
        }

        @Override
        public long contentLength() throws IOException {
            return body.contentLength();
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            body.writeTo(sink);
        }

        @Override
        public boolean isOneShot() {
            return true;
        }
    }
}
