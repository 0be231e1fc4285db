package ai.mihu.sdk;

import feign.Request;

/**
 * Feign's per-request {@link Request.Options}, which {@link OkHttpTransport} ignores (timeouts are
 * the OkHttp client's and the deadline is the call's), handed to Feign without its per-method
 * lookup.
 *
 * <p>Feign asks {@link #getMethodOptions(String)} on every call, and its own implementation first
 * builds a key from the calling thread's name, priority and group (a few strings per call, 1.6 KB
 * measured per create) to look up options set per thread and method, which the SDK never sets.
 */
final class FeignOptions extends Request.Options {

    /** The one instance: it holds nothing per call. */
    static final FeignOptions INSTANCE = new FeignOptions();

    private FeignOptions() {}

    /** The same options for every method and thread. */
    @Override
    public Request.Options getMethodOptions(String methodKey) {
        return this;
    }
}
