package ai.mihu.sdk;

import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * A view's base URL, parsed by OkHttp once, when the view is made, so that each request's URL is
 * resolved against it instead of being parsed from scratch.
 *
 * <p>Why: parsing an absolute URL canonicalises its host (an IDN conversion), which was the
 * largest single allocation of {@link OkHttpTransport} per call; resolving a path against a parsed
 * base copies the scheme, host and port as they are. A URL that does not start with the base (no
 * request of the SDK's makes one) is parsed in full.
 */
final class BaseUrl {

    private final String text;
    private final @Nullable HttpUrl parsed;
    // The base's own path without its trailing slash ("" or "/mihu"): Feign's paths are absolute
    // ("/api/v1/agents"), and resolving one of them alone would drop a path the base URL has.
    private final String pathPrefix;

    private BaseUrl(String text, @Nullable HttpUrl parsed, String pathPrefix) {
        this.text = text;
        this.parsed = parsed;
        this.pathPrefix = pathPrefix;
    }

    /** The base URL {@code text}, as {@link Endpoints#checkBaseUrl} left it (no trailing slash). */
    static BaseUrl of(String text) {
        HttpUrl parsed = HttpUrl.parse(text);
        if (parsed == null) {
            return new BaseUrl(text, null, "");
        }
        String path = parsed.encodedPath();
        return new BaseUrl(text, parsed, path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }

    /** The base URL as given. */
    String text() {
        return text;
    }

    /** The URL of a request built on this base, such as {@code <base>/api/v1/agents?page=2}. */
    HttpUrl resolve(String url) {
        if (parsed != null && url.startsWith(text)) {
            String rest = url.substring(text.length());
            if (rest.isEmpty() || rest.charAt(0) == '/') {
                HttpUrl resolved = parsed.resolve(pathPrefix + (rest.isEmpty() ? "/" : rest));
                if (resolved != null) {
                    return resolved;
                }
            }
        }
        return HttpUrl.get(url);
    }

    @Override
    public String toString() {
        return text;
    }
}
