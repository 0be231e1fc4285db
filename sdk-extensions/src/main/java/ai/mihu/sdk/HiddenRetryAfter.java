package ai.mihu.sdk;

import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Stops OkHttp from repeating a request on its own after a 503 whose {@code Retry-After} is 0,
 * whatever the request's method: only the SDK's {@link RetryPolicy} repeats a request.
 *
 * <p>OkHttp's follow-up logic sends a request again at once when a 503 says {@code Retry-After: 0}.
 * {@link OneShotRequestBodies} stops that for a request with a body, but a {@code GET} or a
 * {@code DELETE} has none to mark. What the follow-up logic reads is the header, so
 * {@link #HIDE}, a network interceptor that sees each response before that logic does, moves a
 * 503's {@code Retry-After} under a name of the SDK's own; {@link #RESTORE}, an application
 * interceptor that sees the response after it, moves it back. The retry policy and the caller
 * then see the header exactly as the server sent it, and OkHttp never saw it. (A 408 is not
 * repeated either: {@code retryOnConnectionFailure} is off.)
 */
final class HiddenRetryAfter {

    static final String RETRY_AFTER = "Retry-After";
    /** Where the header waits while OkHttp decides on follow-ups; no server has a reason to send it. */
    static final String HELD = "X-Mihu-Sdk-Held-Retry-After";

    private static final int SERVICE_UNAVAILABLE = 503;

    /** The network interceptor: hides a 503's {@code Retry-After} from OkHttp's follow-up logic. */
    static final Interceptor HIDE = chain -> {
        Response response = chain.proceed(chain.request());
        // A server's own header of that name must not be mistaken for one this class held.
        Response.Builder cleaned =
                response.header(HELD) == null ? null : response.newBuilder().removeHeader(HELD);
        List<String> values = response.headers(RETRY_AFTER);
        if (response.code() != SERVICE_UNAVAILABLE || values.isEmpty()) {
            return cleaned == null ? response : cleaned.build();
        }
        Response.Builder held = (cleaned == null ? response.newBuilder() : cleaned).removeHeader(RETRY_AFTER);
        values.forEach(value -> held.addHeader(HELD, value));
        return held.build();
    };

    /** The application interceptor: gives the header back under its own name. */
    static final Interceptor RESTORE = chain -> {
        Response response = chain.proceed(chain.request());
        List<String> values = response.headers(HELD);
        if (values.isEmpty()) {
            return response;
        }
        Response.Builder restored = response.newBuilder().removeHeader(HELD);
        values.forEach(value -> restored.addHeader(RETRY_AFTER, value));
        return restored.build();
    };

    private HiddenRetryAfter() {}
}
