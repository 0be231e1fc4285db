package ai.mihu.sdk;

import feign.Request;
import feign.RequestTemplate;
import feign.Target;

/**
 * Feign's {@link Target} seam: sends each request to the base URL of the view the call is made
 * through (read from the {@link CallContext}), so that one Feign proxy serves every tenant view of
 * a root client instead of one proxy being built per view.
 *
 * @param <T> the generated API interface
 */
final class ViewTarget<T> implements Target<T> {

    private final Class<T> type;

    ViewTarget(Class<T> type) {
        this.type = type;
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

    @Override
    public Request apply(RequestTemplate template) {
        template.target(url());
        return template.request();
    }

    @Override
    public String toString() {
        return "ViewTarget[" + name() + "]";
    }
}
