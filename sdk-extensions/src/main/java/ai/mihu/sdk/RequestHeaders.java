package ai.mihu.sdk;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The headers every request carries besides those of its operation: {@code Authorization} with the
 * token of the view the call is made through, {@code User-Agent: mihu-java/<version>},
 * {@code Accept: application/json}, {@code Content-Type: application/json} when there is a body,
 * and the extra headers of the call's {@link RequestOptions}.
 *
 * <p>{@link ViewTarget} adds them to each request as plain values, not through Feign's
 * {@code RequestInterceptor}s: Feign turns each header it is given into a template that it copies
 * and expands again on every call, which cost more than the rest of the SDK's own work per
 * request (see {@code BENCHMARKS.md}). They are still part of the Feign request, so the logger
 * shows them (masked where they carry a credential) and {@link SecretRedactor#forRequest} finds
 * the view's token. Values replace any header of the same name; {@link RequestOptions} has
 * already refused extra headers named like those the SDK sets itself.
 *
 * <p>This class holds no token (the view's is read per call), so nothing of it can leak through
 * {@link #toString()}.
 */
final class RequestHeaders {

    static final String AUTHORIZATION = "Authorization";
    static final String USER_AGENT = "User-Agent";
    static final String ACCEPT = "Accept";
    static final String CONTENT_TYPE = "Content-Type";

    private static final List<String> JSON = List.of(JsonOnlyContract.JSON);

    private final List<String> userAgent;

    RequestHeaders(String userAgent) {
        this.userAgent = List.of(userAgent);
    }

    /**
     * The headers of a request made through {@code view}.
     *
     * @param operation the headers Feign built for the operation, usually none
     * @param hasBody whether the request sends a (JSON) body
     * @param view the view the call is made through
     * @return a new case-insensitive map: the operation's headers with the SDK's on top
     */
    Map<String, Collection<String>> of(Map<String, Collection<String>> operation, boolean hasBody, ViewSettings view) {
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(operation);
        headers.put(AUTHORIZATION, List.of(view.authorization()));
        headers.put(USER_AGENT, userAgent);
        headers.put(ACCEPT, JSON);
        if (hasBody) {
            headers.put(CONTENT_TYPE, JSON);
        }
        Map<String, String> extra = view.options().headers();
        if (!extra.isEmpty()) {
            extra.forEach((name, value) -> headers.put(name, List.of(value)));
        }
        return headers;
    }

    @Override
    public String toString() {
        return "RequestHeaders" + userAgent;
    }
}
