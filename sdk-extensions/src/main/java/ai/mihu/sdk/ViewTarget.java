package ai.mihu.sdk;

import feign.Request;
import feign.RequestTemplate;
import feign.Target;

/**
 * Feign's {@link Target} seam: sends each request to the base URL of the view the call is made
 * through (read from the {@link CallContext}), with the headers that view's requests carry
 * ({@link RequestHeaders}: its token, the user agent, the media types, the call's extra headers),
 * so that one Feign proxy serves every tenant view of a root client instead of one proxy being
 * built per view.
 *
 * @param <T> the generated API interface
 */
final class ViewTarget<T> implements Target<T> {

    private final Class<T> type;
    private final RequestHeaders headers;

    ViewTarget(Class<T> type, RequestHeaders headers) {
        this.type = type;
        this.headers = headers;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public String name() {
        return type.getSimpleName();
    }

    /** No fixed URL: each call's comes from its view. */
    @Override
    public String url() {
        return CallContext.current().view().baseUrl();
    }

    /**
     * The request, built from the resolved template as {@link RequestTemplate#request()} would
     * build it, with the view's base URL in front and its headers added. The base URL is not set
     * with {@link RequestTemplate#target(String)}, which checks it with regular expressions on
     * every call: it was checked once, when the view was made.
     */
    @Override
    public Request apply(RequestTemplate template) {
        ViewSettings view = CallContext.current().view();
        Request.Body body = template.requestBody();
        return Request.create(
                Request.HttpMethod.valueOf(template.method()),
                view.baseUrl() + template.url(),
                headers.of(template.headers(), template.body() != null, view),
                body,
                template);
    }

    @Override
    public String toString() {
        return "ViewTarget[" + name() + "]";
    }
}
