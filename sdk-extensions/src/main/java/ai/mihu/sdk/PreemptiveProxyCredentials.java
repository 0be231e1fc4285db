package ai.mihu.sdk;

import java.io.IOException;
import java.net.Proxy;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends the configured proxy's credentials with the first request to an {@code http} URL through
 * that proxy, instead of waiting for its {@code 407} challenge.
 *
 * <p>Why: answering a challenge means sending the same request again, and the SDK lets nothing
 * but its {@link RetryPolicy} repeat a request ({@link OneShotRequestBodies} stops OkHttp's
 * follow-ups, the 407 one included). For {@code https} URLs OkHttp already authenticates the
 * {@code CONNECT} tunnel preemptively through the proxy authenticator, before the request itself is
 * sent, so this interceptor only adds the header where the request travels to the proxy in clear.
 * It runs as a network interceptor, where the route (and so the proxy actually used) is known;
 * a proxy chosen by the JVM's {@code ProxySelector} never gets these credentials.
 */
final class PreemptiveProxyCredentials implements Interceptor {

    private final Proxy proxy;
    private final String credentials;

    /**
     * @param proxy the configured proxy, the only one the credentials are for
     * @param credentials the {@code Proxy-Authorization} value, such as OkHttp's {@code Credentials.basic}
     */
    PreemptiveProxyCredentials(Proxy proxy, String credentials) {
        this.proxy = proxy;
        this.credentials = credentials;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Connection connection = chain.connection();
        boolean throughThisProxyInClear = connection != null
                && !request.isHttps()
                && proxy.equals(connection.route().proxy());
        if (!throughThisProxyInClear || request.header("Proxy-Authorization") != null) {
            return chain.proceed(request);
        }
        return chain.proceed(
                request.newBuilder().header("Proxy-Authorization", credentials).build());
    }

    /** Never shows the credentials. */
    @Override
    public String toString() {
        return "PreemptiveProxyCredentials[" + proxy + "]";
    }
}
