package ai.mihu.sdk;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Builds the OkHttp client one {@link MihuClient} owns: its own connection pool and dispatcher
 * (not the generated invoker's static, shared client), so that closing the {@code MihuClient}
 * releases them without touching anyone else's.
 */
final class OkHttpClients {

    private static final long KEEP_ALIVE_MINUTES = 5;

    private OkHttpClients() {
    }

    static OkHttpClient create(ClientSettings settings) {
        return new OkHttpClient.Builder()
                // Synchronous calls are not limited by the dispatcher: as many connections are open
                // as calls in flight, and any idle beyond this size are closed, to be opened again
                // by the next call. So the pool must be as large as the callers' concurrency.
                .connectionPool(new ConnectionPool(settings.maxIdleConnections(), KEEP_ALIVE_MINUTES, TimeUnit.MINUTES))
                .dispatcher(new Dispatcher())
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                // OkHttp would otherwise silently re-send a request, POST included, after some
                // failures on a pooled connection: that could create an agent twice. Retrying is
                // the SafeRetryer's decision alone.
                .retryOnConnectionFailure(false)
                // Nor may OkHttp's follow-ups (a 503 with Retry-After 0, a 421...) repeat a request:
                // this setting alone does not stop them, a one-shot body does.
                .addInterceptor(new OneShotRequestBodies())
                // A redirected POST becomes a GET or is re-sent elsewhere; neither is wanted.
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
    }

    /** Cancels calls in flight, stops the dispatcher and closes pooled connections. */
    static void release(OkHttpClient client) {
        client.dispatcher().cancelAll();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
