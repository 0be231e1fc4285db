package ai.mihu.sdk;

import java.time.Duration;

/**
 * What one {@link MihuClient} view sends its calls with: the tenant's base URL and token, and the
 * options of its calls, resolved against the root client's defaults when the view is made so that
 * a call reads them without further work. {@link #toString()} hides the token.
 *
 * @param baseUrl where requests go, without a trailing slash
 * @param authorization the {@code Authorization} header value, {@code Bearer <token>}
 * @param options the options the view was given, kept to derive further views from
 * @param timeout the deadline of each call
 * @param maxRetries how many times a call may be repeated
 * @param observer what hears how calls end, the root client's
 */
record ViewSettings(
        String baseUrl,
        String authorization,
        RequestOptions options,
        Duration timeout,
        int maxRetries,
        CallObserver observer) {

    /** A view's settings: the root's defaults with the given options on top. */
    static ViewSettings of(String baseUrl, String apiToken, RequestOptions options, ClientSettings defaults) {
        return new ViewSettings(
                baseUrl,
                "Bearer " + apiToken,
                options,
                options.timeout().orElse(defaults.timeout()),
                options.maxRetries().orElse(defaults.retryPolicy().maxRetries()),
                defaults.callObserver());
    }

    @Override
    public String toString() {
        return "baseUrl=" + baseUrl + ", timeout=" + timeout + ", maxRetries=" + maxRetries
                + (options.headers().isEmpty()
                        ? ""
                        : ", headers=" + options.headers().keySet());
    }
}
