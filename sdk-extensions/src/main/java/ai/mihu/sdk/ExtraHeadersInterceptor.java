package ai.mihu.sdk;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.Map;

/**
 * Adds the extra headers of the call's {@link RequestOptions} (read from the {@link CallContext}).
 * {@link RequestOptions} has already refused names the SDK sets itself, such as
 * {@code Authorization}; values are set literally, so braces are not read as Feign expressions.
 */
final class ExtraHeadersInterceptor implements RequestInterceptor {

    @Override
    public void apply(RequestTemplate template) {
        Map<String, String> headers = CallContext.current().view().options().headers();
        if (headers.isEmpty()) {
            return;
        }
        headers.forEach((name, value) -> {
            template.removeHeader(name);
            template.headerLiteral(name, value);
        });
    }
}
