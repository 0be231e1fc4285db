package ai.mihu.sdk;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Credentials;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Builds the OkHttp client a root {@link MihuClient} owns and all its views share: its own
 * connection pool and dispatcher (not the generated invoker's static, shared client), so that
 * closing the root releases them without touching anyone else's.
 */
final class OkHttpClients {

    private static final long KEEP_ALIVE_MINUTES = 5;
    private static final long IDLE_THREAD_SECONDS = 60;

    private OkHttpClients() {}

    static OkHttpClient create(ClientSettings settings) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                // Synchronous calls are not limited by the dispatcher: as many connections are open
                // as calls in flight, and any idle beyond this size are closed, to be opened again
                // by the next call. So the pool must be as large as the callers' concurrency.
                .connectionPool(new ConnectionPool(settings.maxIdleConnections(), KEEP_ALIVE_MINUTES, TimeUnit.MINUTES))
                .dispatcher(dispatcher(settings.maxConcurrentAsyncRequests()))
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                // OkHttp would otherwise silently re-send a request, POST included, after some
                // failures on a pooled connection: that could create an agent twice. Retrying is
                // the RetryPolicy's decision alone.
                .retryOnConnectionFailure(false)
                // Nor may OkHttp's follow-ups (a 503 with Retry-After 0, a 421...) repeat a request:
                // this setting alone does not stop them, a one-shot body does.
                .addInterceptor(new OneShotRequestBodies())
                // ... and a request without a body (a GET, a DELETE) cannot be one-shot: OkHttp is
                // kept from seeing a 503's Retry-After instead, which is what makes it repeat.
                .addInterceptor(HiddenRetryAfter.RESTORE)
                .addNetworkInterceptor(HiddenRetryAfter.HIDE)
                // A redirected POST becomes a GET or is re-sent elsewhere; neither is wanted.
                .followRedirects(false)
                .followSslRedirects(false);
        ProxySettings proxy = settings.proxy();
        if (proxy != null) {
            // Without an explicit proxy OkHttp asks the JVM's ProxySelector (http(s).proxyHost...).
            Proxy httpProxy =
                    new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(), proxy.port()));
            builder.proxy(httpProxy);
            if (proxy.hasCredentials()) {
                String credentials = Credentials.basic(proxy.username(), proxy.password());
                // Sent up front for http URLs; for https, OkHttp asks the authenticator below
                // before opening the CONNECT tunnel. Either way no request is sent twice.
                builder.addNetworkInterceptor(new PreemptiveProxyCredentials(httpProxy, credentials));
                builder.proxyAuthenticator((route, response) -> {
                    // Once refused with these credentials, asking again would only loop.
                    if (response.request().header("Proxy-Authorization") != null) {
                        return null;
                    }
                    return response.request()
                            .newBuilder()
                            .header("Proxy-Authorization", credentials)
                            .build();
                });
            }
        }
        if (settings.sslSocketFactory() != null) {
            builder.sslSocketFactory(settings.sslSocketFactory(), settings.trustManager());
        }
        return builder.build();
    }

    /**
     * Runs asynchronous calls on daemon threads named {@code mihu-http-N}, at most
     * {@code maxConcurrent} at once (for all tenants together, as each tenant is a host of its
     * own); further calls queue without a thread. Idle threads end after a minute.
     */
    private static Dispatcher dispatcher(int maxConcurrent) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                0,
                Integer.MAX_VALUE,
                IDLE_THREAD_SECONDS,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                DaemonThreads.named("mihu-http-"));
        Dispatcher dispatcher = new Dispatcher(executor);
        dispatcher.setMaxRequests(maxConcurrent);
        dispatcher.setMaxRequestsPerHost(maxConcurrent);
        return dispatcher;
    }

    /** Cancels calls in flight, stops the dispatcher and closes pooled connections. */
    static void release(OkHttpClient client) {
        client.dispatcher().cancelAll();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
