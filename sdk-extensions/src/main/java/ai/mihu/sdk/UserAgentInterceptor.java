package ai.mihu.sdk;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/** Identifies the SDK and its version to the server: {@code User-Agent: mihu-java/<version>}. */
final class UserAgentInterceptor implements RequestInterceptor {

    static final String HEADER = "User-Agent";

    private final String userAgent;

    UserAgentInterceptor(String userAgent) {
        this.userAgent = userAgent;
    }

    @Override
    public void apply(RequestTemplate template) {
        template.removeHeader(HEADER);
        template.headerLiteral(HEADER, userAgent);
    }
}
