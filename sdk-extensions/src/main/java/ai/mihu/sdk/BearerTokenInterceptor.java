package ai.mihu.sdk;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Adds {@code Authorization: Bearer <token>} to every request.
 *
 * <p>Feign applies interceptors again on each retry of the same template, so the header is
 * replaced, not appended; it is set literally so that braces in a token are not read as a Feign
 * template expression. {@link #toString()} never shows the token.
 */
final class BearerTokenInterceptor implements RequestInterceptor {

    static final String HEADER = "Authorization";

    private final String headerValue;

    BearerTokenInterceptor(String apiToken) {
        this.headerValue = "Bearer " + apiToken;
    }

    @Override
    public void apply(RequestTemplate template) {
        template.removeHeader(HEADER);
        template.headerLiteral(HEADER, headerValue);
    }

    @Override
    public String toString() {
        return "BearerTokenInterceptor[token=" + SecretRedactor.MASK + "]";
    }
}
