package ai.mihu.sdk;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Adds {@code Authorization: Bearer <token>} to every request, with the token of the view the call
 * is made through (read from the {@link CallContext}).
 *
 * <p>The header is replaced, not appended, and set literally so that braces in a token are not
 * read as a Feign template expression. This class holds no token, so nothing of it can leak
 * through {@link #toString()}.
 */
final class BearerTokenInterceptor implements RequestInterceptor {

    static final String HEADER = "Authorization";

    @Override
    public void apply(RequestTemplate template) {
        template.removeHeader(HEADER);
        template.headerLiteral(HEADER, CallContext.current().view().authorization());
    }

    @Override
    public String toString() {
        return "BearerTokenInterceptor";
    }
}
